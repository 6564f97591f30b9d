package io.github.ucpkit.ucp.gitops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.e2e.support.Exec;
import io.github.ucpkit.ucp.e2e.support.Tools;
import io.github.ucpkit.ucp.emit.view.ZoneText;
import io.github.ucpkit.ucp.load.compose.ProjectNames;
import io.github.ucpkit.ucp.write.ArtifactWriter;
import io.github.ucpkit.ucp.write.Drift;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an outside attack on the GitOps gate found, each held up by a test. */
class OutsideAttackTest {

  @TempDir
  Path project;

  private Path compose;
  private Path topology;

  private void write(String composeText) throws IOException {
    compose = Files.writeString(project.resolve("docker-compose.yml"), composeText);
    topology = Files.writeString(Files.createDirectories(project.resolve("src/main/ucp")).resolve("topology.yml"),
        Files.readString(Path.of("../sample-project/src/main/ucp/topology.yml")));
  }

  private Pipeline.Request request(Map<String, String> env) {
    return new Pipeline.Request(List.of(compose), Optional.of(topology), Set.of(topology), env,
        new ProjectNames.Naming(Optional.empty(), Optional.of("app"), project));
  }

  private Runner.Settings settings() {
    return new Runner.Settings(project, project.resolve("deploy/ucp"), project.resolve("target/ucp-reports"),
        Optional.of(project.resolve("target/ucp-cache")), "2026-11-26T00:00:00Z", "test");
  }

  private static final String APP = """
      version: "2.4"
      services:
        web:
          image: "example/web:1.0"
          environment:
            HOME_DIR: "${HOME}"
            X: "${HOST}"
      """;

  @Test
  void aDotEnvLinkedToTheProcessEnvironmentNeverReachesAnArtifact() throws IOException {
    write(APP);
    Files.createSymbolicLink(project.resolve(".env"), Path.of("/proc/self/environ"));
    Runner.generate(request(Map.of("HOME", "/root", "SECRET_SAUCE", "s3cr3t-value")), settings());
    String app = Files.readString(project.resolve("deploy/ucp/app.yml"));
    assertTrue(app.contains("HOME_DIR: \"${HOME}\""), "a linked .env commits nothing:\n" + app);
    for (String value : System.getenv().values()) {
      if (value.length() >= 6) {
        assertFalse(app.contains(value), "an environment value reached the artifact: " + value);
      }
    }
  }

  @Test
  void secretValuesAreNeverEchoedInFindingsOrReports() throws IOException {
    write("""
        version: "2.4"
        services:
          web:
            image: "example/web:1.0"
            cpus: "${API_TOKEN}"
            ports: ["${GH_TOKEN}"]
            hostname: "${MY_SECRET}"
        """);
    Files.writeString(project.resolve(".env"), "MY_SECRET=bad_host_from_dotenv!\n");
    Runner.Outcome o = Runner.validate(request(Map.of("API_TOKEN", "tok3n", "GH_TOKEN", "ghp_abc")), settings());
    assertTrue(o.diagnostics().stream().map(Diagnostic::ruleId).toList()
        .containsAll(List.of("COMPOSE-CONV-001", "COMPOSE-PORT-001", "COMPOSE-DNS-001")), o.diagnostics().toString());
    for (Diagnostic d : o.diagnostics()) {
      String text = d.message() + " " + d.hint();
      assertFalse(text.contains("tok3n") || text.contains("ghp_abc") || text.contains("bad_host_from_dotenv"), text);
    }
    assertTrue(o.diagnostics().stream().anyMatch(d -> d.message().contains("${API_TOKEN}")), "the value is named instead");
    for (String report : List.of("ucp.sarif", "report.html")) {
      String text = Files.readString(project.resolve("target/ucp-reports").resolve(report));
      assertFalse(text.contains("tok3n") || text.contains("ghp_abc") || text.contains("bad_host_from_dotenv"), report);
    }
  }

  @Test
  void aPlantedJournalWithALinkedStagingFolderMovesNothing() throws IOException {
    write(APP.replace("${HOST}", "x"));
    Path outside = Files.createDirectories(project.getParent().resolve(project.getFileName() + "-outside/new"));
    Files.writeString(outside.resolve("stolen.txt"), "KEY\n");
    Path out = Files.createDirectories(project.resolve("deploy/ucp"));
    Files.writeString(out.resolve("nginx.conf"), "keep\n");
    Files.createSymbolicLink(out.resolve(".ucp-staging-x"), outside.getParent());
    Files.writeString(out.resolve(".ucp-journal"), "ucp-journal 1\nstaging .ucp-staging-x\ninstall stolen.txt\nremove nginx.conf\n");
    IOException e = assertThrows(IOException.class, () -> Runner.generate(request(Map.of()), settings()));
    assertTrue(e.getMessage().contains("never writes") || e.getMessage().contains("not a real directory"), e.getMessage());
    assertEquals("keep\n", Files.readString(out.resolve("nginx.conf")));
    assertTrue(Files.exists(outside.resolve("stolen.txt")));
    assertFalse(Files.exists(outside.getParent().resolve("old")), "nothing was created outside");
  }

  @Test
  void theManifestIsPartOfWhatCheckCompares() throws IOException {
    write(APP.replace("${HOST}", "x"));
    Runner.generate(request(Map.of()), settings());
    Path manifest = project.resolve("deploy/ucp").resolve(ArtifactWriter.MANIFEST);
    Files.delete(manifest);
    assertEquals(List.of(ArtifactWriter.MANIFEST + " MISSING"), drift());
    Runner.generate(request(Map.of()), settings());
    Files.writeString(manifest, Files.readString(manifest) + "oldapp.yml\n");
    Files.writeString(project.resolve("deploy/ucp/oldapp.yml"), "stale: true\n");
    assertEquals(List.of(ArtifactWriter.MANIFEST + " CHANGED", "oldapp.yml EXTRA"), drift());
  }

  private List<String> drift() throws IOException {
    return Runner.check(request(Map.of()), settings()).drift().stream().map(d -> d.name() + " " + d.kind()).sorted().toList();
  }

  @Test
  void aCrlfCheckoutOfDotEnvGivesTheSameArtifact() throws IOException {
    write(APP.replace("${HOST}", "${QUOTED}"));
    Files.writeString(project.resolve(".env"), "QUOTED=\"a\nb\"\nHOME=/home/app\n");
    Runner.generate(request(Map.of()), settings());
    String lf = Files.readString(project.resolve("deploy/ucp/app.yml"));
    assertTrue(lf.contains("X: \"a\\nb\""), lf);
    Files.writeString(project.resolve(".env"), "QUOTED=\"a\r\nb\"\r\nHOME=/home/app\r\n");
    assertEquals(List.of(), Runner.check(request(Map.of()), settings()).drift());
  }

  @Test
  void anAppArtifactDeploysFromTheProjectDirectoryWithItsRelativePaths() throws IOException {
    write("""
        version: "2.4"
        services:
          web:
            image: "example/web:1.0"
            env_file: conf/app.env
            volumes: ["./conf:/etc/app:ro"]
        """);
    Files.createDirectories(project.resolve("conf"));
    Files.writeString(project.resolve("conf/app.env"), "A=1\n");
    Runner.generate(request(Map.of()), settings());
    String app = Files.readString(project.resolve("deploy/ucp/app.yml"));
    String line = app.lines().filter(l -> l.startsWith("#   docker-compose ")).findFirst().orElseThrow();
    assertEquals("#   docker-compose -p app --project-directory . -f deploy/ucp/app.yml up -d", line);
    // docker-compose resolves the copy's relative paths as the original's
    List<String> command = List.of(Tools.require("docker-compose").toString(), "-p", "app", "--project-directory", ".",
        "-f", "deploy/ucp/app.yml", "config");
    Exec.Result r = Exec.run(command, project, Map.of(), Duration.ofSeconds(60));
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains(project.resolve("conf").toRealPath() + ":/etc/app:ro"), r.stdout());
    assertTrue(r.stdout().contains("A: '1'"), r.stdout());
  }

  @Test
  void anOutputDirectoryHoldingAnInputTheFilesReadIsRefused() throws IOException {
    write("""
        version: "2.4"
        services:
          web:
            extends: {file: deploy/ucp/base.yml, service: base}
        """);
    Path base = Files.createDirectories(project.resolve("deploy/ucp")).resolve("base.yml");
    Files.writeString(base, "version: \"2.4\"\nservices:\n  base:\n    image: \"example/web:1.0\"\n");
    IOException e = assertThrows(IOException.class, () -> Runner.generate(request(Map.of()), settings()));
    assertTrue(e.getMessage().contains("holds the input") && e.getMessage().contains("base.yml"), e.getMessage());
    assertTrue(Files.readString(base).contains("service"), "the input is untouched");
  }

  @Test
  void aOneLineSoaAndTheHalfCircleEdgeKeepTheSerialGoingUp() throws IOException {
    write(APP.replace("${HOST}", "x"));
    Runner.generate(request(Map.of()), settings());
    Path zone = project.resolve("deploy/ucp/example.com.zone");
    String text = Files.readString(zone);
    long serial = ZoneText.serial(text).orElseThrow();
    String oneLine = text.replaceAll("\\(\\s*" + serial + " ; serial\\s*3600\\s*; refresh\\s*600\\s*; retry\\s*1209600\\s*; expire\\s*300 \\)\\s*; negative answers",
        "2026112605 3600 600 1209600 300");
    assertTrue(oneLine.contains("hostmaster.example.com. 2026112605 3600"), oneLine);
    assertEquals(2026112605L, ZoneText.serial(oneLine).orElseThrow());
    Files.writeString(zone, oneLine.replace("$TTL 300", "$TTL 301"));
    Runner.generate(request(Map.of()), settings());
    assertEquals(2026112606L, ZoneText.serial(Files.readString(zone)).orElseThrow(), "previous + 1, not the date");
    // a previous serial exactly half a circle below the date: the date would not count as newer
    long half = (2026112600L - (1L << 31) + (1L << 32)) % (1L << 32);
    String edge = Files.readString(zone);
    Files.writeString(zone, edge.replace("2026112606 ; serial", half + " ; serial").replace("$TTL 300", "$TTL 302"));
    Runner.generate(request(Map.of()), settings());
    assertEquals(half + 1, ZoneText.serial(Files.readString(zone)).orElseThrow());
  }

  @Test
  void aFifoWhereTheLockGoesNeverHangsAndIsReported() throws Exception {
    write(APP.replace("${HOST}", "x"));
    Runner.generate(request(Map.of()), settings());
    Path fifo = project.resolve("deploy/ucp/.ucp-lock");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0);
    List<Drift.FileDrift> drift = Runner.check(request(Map.of()), settings()).drift();
    assertEquals(List.of(".ucp-lock INTERRUPTED"), drift.stream().map(d -> d.name() + " " + d.kind()).toList());
    IOException e = assertThrows(IOException.class, () -> Runner.generate(request(Map.of("X", "changed")), settingsWithoutCache()));
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
  }

  private Runner.Settings settingsWithoutCache() {
    Runner.Settings s = settings();
    return new Runner.Settings(s.basedir(), s.outputDirectory(), s.reportDirectory(), Optional.empty(), s.outputTimestamp(), s.version());
  }

  @Test
  void aReportDirectoryThatIsAFileOrACacheBehindALinkIsRefusedClearly() throws IOException {
    write(APP.replace("${HOST}", "x"));
    Files.createDirectories(project.resolve("target"));
    Files.writeString(project.resolve("target/ucp-reports"), "a file\n");
    IOException e = assertThrows(IOException.class, () -> Runner.validate(request(Map.of()), settings()));
    assertTrue(e.getMessage().contains("reportDirectory") && e.getMessage().contains("not a directory"), e.getMessage());
    Files.delete(project.resolve("target/ucp-reports"));
    Path elsewhere = Files.createDirectories(project.getParent().resolve(project.getFileName() + "-cache"));
    Files.createSymbolicLink(project.resolve("target/ucp-cache"), elsewhere);
    e = assertThrows(IOException.class, () -> Runner.validate(request(Map.of()), settings()));
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
  }

  @Test
  void aCacheThatCannotBeWrittenDoesNotFailTheRun() throws IOException {
    write(APP.replace("${HOST}", "x"));
    Files.createDirectories(project.resolve("target/ucp-cache/validate.cache"));
    Runner.Outcome o = Runner.validate(request(Map.of()), settings());
    assertFalse(o.hasErrors());
  }

  @Test
  void aFileThatShrankBelowTheLimitIsReadAgain() throws IOException {
    write(APP.replace("${HOST}", "x"));
    String valid = Files.readString(compose);
    Files.writeString(compose, valid + "#" + "x".repeat(9 << 20) + "\n");
    assertTrue(Runner.validate(request(Map.of()), settings()).diagnostics().stream().anyMatch(d -> d.ruleId().equals("YAML-003")));
    Files.writeString(compose, valid);
    Runner.Outcome again = Runner.validate(request(Map.of()), settings());
    assertFalse(again.reused());
    assertFalse(again.diagnostics().stream().anyMatch(d -> d.ruleId().equals("YAML-003")));
  }
}
