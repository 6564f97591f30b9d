package io.github.ucpkit.ucp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.DeployTarget;
import io.github.ucpkit.ucp.model.compose.DeployWith;
import io.github.ucpkit.ucp.report.ConsoleReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deployWith parameter: which tool each file is read for, and what the summary says about it. */
class DeployWithTest {

  private static Pipeline.Validated validate(List<Path> files, DeployWith with) {
    return Pipeline.validate(new Pipeline.Request(files, Optional.empty(), Set.of(), Map.of(), with));
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "2.x, even with swarm settings|'version: \"2.4\"\\nservices:\\n  web:\\n    image: nginx:1.27\\n    deploy:\\n      placement:\\n        constraints: [node.role == worker]\\n'|COMPOSE",
      "3.x without swarm settings|'version: \"3.8\"\\nservices:\\n  web:\\n    image: nginx:1.27\\n    deploy:\\n      replicas: 2\\n'|COMPOSE",
      "3.x with a placement|'version: \"3.8\"\\nservices:\\n  web:\\n    image: nginx:1.27\\n    deploy:\\n      placement:\\n        constraints: [node.role == worker]\\n'|STACK",
      "3.x with Interlock 2 labels|'version: \"3.8\"\\nservices:\\n  web:\\n    image: nginx:1.27\\n    deploy:\\n      labels:\\n        com.docker.lb.hosts: app.example.com\\n'|STACK",
      "3.x with mode global|'version: \"3.8\"\\nservices:\\n  web:\\n    image: nginx:1.27\\n    deploy:\\n      mode: global\\n'|STACK",
      "versionless with configs|'services:\\n  web:\\n    image: nginx:1.27\\n    configs: [c]\\nconfigs:\\n  c:\\n    external: true\\n'|STACK",
      "versionless with an overlay network|'services:\\n  web:\\n    image: nginx:1.27\\n    networks: [n]\\nnetworks:\\n  n:\\n    driver: overlay\\n'|STACK",
      "versionless without swarm settings|'services:\\n  web:\\n    image: nginx:1.27\\n'|COMPOSE",
      "an unknown version|'version: \"3.14\"\\nservices:\\n  web:\\n    image: nginx:1.27\\n    deploy:\\n      mode: global\\n'|COMPOSE"})
  void autoInfersTheToolPerFile(String what, String text, DeployTarget expected, @TempDir Path dir) throws IOException {
    Path file = write(dir, "docker-compose.yml", text.replace("\\n", "\n"));
    List<ComposeFile> loaded = validate(List.of(file), DeployWith.AUTO).inputs().compose();
    assertEquals(List.of(expected), loaded.stream().map(ComposeFile::target).toList());
  }

  @Test
  void anExplicitToolOverridesTheInference(@TempDir Path dir) throws IOException {
    Path file = write(dir, "docker-compose.yml", "version: \"3.8\"\nservices:\n  web:\n    image: nginx:1.27\n");
    assertEquals(DeployTarget.STACK, validate(List.of(file), DeployWith.STACK).inputs().compose().get(0).target());
    assertEquals(DeployTarget.COMPOSE, validate(List.of(file), DeployWith.COMPOSE).inputs().compose().get(0).target());
  }

  @Test
  void aTwoXFileForTheStackDeployerIsRefusedAtItsVersion(@TempDir Path dir) throws IOException {
    Path file = write(dir, "docker-compose.yml", "version: \"2.4\"\nservices:\n  web:\n    image: nginx:1.27\n");
    List<Diagnostic> ds = validate(List.of(file), DeployWith.STACK).diagnostics();
    assertEquals(List.of("COMPOSE-VER-001"), ds.stream().map(Diagnostic::ruleId).toList());
    assertEquals(1, ds.get(0).at().line());
    assertEquals(10, ds.get(0).at().column());
    assertEquals("docker stack deploy reads only file format 3.x, and this file declares 2.4", ds.get(0).message());
  }

  @Test
  void theStackDeployerDoesNotReadDotEnv(@TempDir Path dir) throws IOException {
    write(dir, ".env", "TAG=1.27\n");
    Path file = write(dir, "docker-compose.yml", "version: \"3.8\"\nservices:\n  web:\n    image: \"nginx:${TAG:?set TAG}\"\n");
    assertEquals(List.of(), validate(List.of(file), DeployWith.COMPOSE).diagnostics());
    List<Diagnostic> stack = validate(List.of(file), DeployWith.STACK).diagnostics();
    assertEquals(List.of("COMPOSE-INTERP-002"), stack.stream().map(Diagnostic::ruleId).toList());
    assertEquals("set it in the environment of docker stack deploy (it does not read the .env file beside the Compose file)",
        stack.get(0).hint());
  }

  /** The summary line the README shows in "3.x files, files without a version, and docker stack deploy". */
  @Test
  void theSummarySaysHowManyFilesWereReadForTheStackDeployer(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.yml", "version: \"3.8\"\nservices:\n  web:\n    image: nginx:1.27\n"
        + "    deploy:\n      placement:\n        constraints: [node.role == worker]\n");
    Path b = write(dir, "b.yml", "services:\n  cache:\n    image: redis:7.2\n    configs: [redis]\n"
        + "configs:\n  redis:\n    external: true\n");
    Path c = write(dir, "c.yml", "version: \"3.3\"\nservices:\n  job:\n    image: busybox:1.36\n    init: true\n");
    Pipeline.Validated v = validate(List.of(a, b, c), DeployWith.AUTO);
    assertEquals("ucp: 3 files checked, 0 errors, 1 warning; 2 files for docker stack deploy",
        ConsoleReport.summary(v.filesChecked(), v.diagnostics(), v.facts()));
    assertEquals(List.of("COMPOSE-VER-002"), v.diagnostics().stream().map(Diagnostic::ruleId).toList());
  }

  @Test
  void filesForDockerComposeAddNothingToTheSummary(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.yml", "version: \"2.4\"\nservices:\n  web:\n    image: nginx:1.27\n");
    Pipeline.Validated v = validate(List.of(a), DeployWith.AUTO);
    assertEquals("ucp: 1 file checked, 0 errors, 0 warnings", ConsoleReport.summary(v.filesChecked(), v.diagnostics(), v.facts()));
  }
}
