package io.github.ucpkit.ucp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unchanged-input cache: reused only when nothing the last run read has changed. */
class RunnerCacheTest {

  @TempDir
  Path project;

  private Path compose;
  private Path topology;

  @BeforeEach
  void writeProject() throws IOException {
    compose = Files.writeString(project.resolve("docker-compose.yml"),
        Files.readString(Path.of("../sample-project/docker-compose.yml")).replace("image: redis", "image: redis:${REDIS_TAG:-7}"));
    topology = Files.writeString(Files.createDirectories(project.resolve("src/main/ucp")).resolve("topology.yml"),
        Files.readString(Path.of("../sample-project/src/main/ucp/topology.yml")));
  }

  private Pipeline.Request request(Map<String, String> env) {
    return new Pipeline.Request(List.of(compose), Optional.of(topology), Set.of(topology), env);
  }

  private Runner.Settings settings() {
    return new Runner.Settings(project, project.resolve("target/ucp"), project.resolve("target/ucp-reports"),
        Optional.of(project.resolve("target/ucp-cache")), "2026-11-26T00:00:00Z", "test");
  }

  @Test
  void anUnchangedProjectIsNotValidatedAgain() throws IOException {
    Runner.Outcome first = Runner.validate(request(Map.of()), settings());
    Runner.Outcome second = Runner.validate(request(Map.of()), settings());
    assertFalse(first.reused());
    assertTrue(second.reused());
    assertEquals(first.diagnostics(), second.diagnostics());
    assertEquals(first.facts(), second.facts());
  }

  @Test
  void aChangedFileIsValidatedAgain() throws IOException {
    Runner.validate(request(Map.of()), settings());
    Files.writeString(compose, Files.readString(compose).replace("postgres:9.4", "postgres:16.1"));
    Runner.Outcome again = Runner.validate(request(Map.of()), settings());
    assertFalse(again.reused());
  }

  @Test
  void onlyTheVariablesAFileUsesMatter() throws IOException {
    Runner.validate(request(Map.of("UNRELATED", "a")), settings());
    assertTrue(Runner.validate(request(Map.of("UNRELATED", "b")), settings()).reused());
    assertFalse(Runner.validate(request(Map.of("UNRELATED", "b", "REDIS_TAG", "6")), settings()).reused());
  }

  @Test
  void aNewEnvFileOrBuildContextCounts() throws IOException {
    Runner.validate(request(Map.of()), settings());
    Files.writeString(project.resolve(".env"), "REDIS_TAG=6\n");
    assertFalse(Runner.validate(request(Map.of()), settings()).reused());
    assertTrue(Runner.validate(request(Map.of()), settings()).reused());
  }

  @Test
  void generateWithUnchangedInputsAndOutputsRendersNothing() throws IOException {
    Runner.Outcome first = Runner.generate(request(Map.of()), settings());
    assertEquals(5, first.written().orElseThrow().written().size());
    Runner.Outcome second = Runner.generate(request(Map.of()), settings());
    assertTrue(second.reused());
    assertEquals(List.of(), second.written().orElseThrow().written());
    assertEquals(5, second.written().orElseThrow().unchanged().size());
  }

  @Test
  void anEditedOrDeletedOutputIsRenderedAndWrittenAgain() throws IOException {
    Runner.generate(request(Map.of()), settings());
    Path nginx = project.resolve("target/ucp/nginx.conf");
    String good = Files.readString(nginx);
    Files.writeString(nginx, "edited by hand\n");
    Runner.Outcome again = Runner.generate(request(Map.of()), settings());
    assertFalse(again.reused());
    assertEquals(List.of("nginx.conf"), again.written().orElseThrow().written());
    assertEquals(good, Files.readString(nginx));
    Files.delete(nginx);
    assertFalse(Runner.check(request(Map.of()), settings()).reused(), "check must render to show the drift");
    assertEquals(1, Runner.check(request(Map.of()), settings()).drift().size());
  }

  @Test
  void aMissingReportIsPutBackFromTheCache() throws IOException {
    Runner.validate(request(Map.of()), settings());
    Path html = project.resolve("target/ucp-reports/report.html");
    String written = Files.readString(html);
    Files.delete(html);
    assertTrue(Runner.validate(request(Map.of()), settings()).reused());
    assertEquals(written, Files.readString(html));
  }

  @Test
  void aDamagedKeptReportMeansAFullRun() throws IOException {
    Runner.validate(request(Map.of()), settings());
    Files.delete(project.resolve("target/ucp-reports/report.html"));
    Files.writeString(project.resolve("target/ucp-cache/validate.report.html"), "damaged");
    assertFalse(Runner.validate(request(Map.of()), settings()).reused());
    assertTrue(Files.readString(project.resolve("target/ucp-reports/report.html")).contains("<html"));
  }

  @Test
  void theGoalsOfOneBuildEachFindTheirOwnResultsNextTime() throws IOException {
    Path html = project.resolve("target/ucp-reports/report.html");
    Runner.validate(request(Map.of()), settings());
    String validateReport = Files.readString(html);
    Runner.generate(request(Map.of()), settings());
    String generateReport = Files.readString(html);
    Runner.check(request(Map.of()), settings());
    assertFalse(validateReport.equals(generateReport), "generate's report also lists the artifacts");

    assertTrue(Runner.validate(request(Map.of()), settings()).reused());
    assertEquals(validateReport, Files.readString(html));
    assertTrue(Runner.generate(request(Map.of()), settings()).reused());
    assertEquals(generateReport, Files.readString(html));
    assertTrue(Runner.check(request(Map.of()), settings()).reused());
  }

  @Test
  void aDamagedCacheMeansAFullRun() throws IOException {
    Runner.Outcome first = Runner.validate(request(Map.of()), settings());
    Files.writeString(project.resolve("target/ucp-cache/validate.cache"), "ucp-cache\t1\nkey\tx\ngarbage\n");
    Runner.Outcome again = Runner.validate(request(Map.of()), settings());
    assertFalse(again.reused());
    assertFalse(first.diagnostics().isEmpty());
    assertEquals(first.diagnostics(), again.diagnostics());
  }
}
