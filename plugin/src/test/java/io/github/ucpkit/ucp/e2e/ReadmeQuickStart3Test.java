package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.e2e.support.Exec;
import io.github.ucpkit.ucp.e2e.support.Tools;
import io.github.ucpkit.ucp.load.compose.ProjectNames;
import io.github.ucpkit.ucp.report.ConsoleReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "3.x quick start", read from the README: the layout is the sample's, the pom lines
 * are its pom's, the summary line is what validating it prints, its committed artifacts pass
 * {@code check}, the two {@code mvn} commands are the GitOps ones {@code it/readme-gitops-gate} runs,
 * and the deploy command is the stack file's header, whose file {@code docker stack config} loads from
 * the project directory with the secret where the input names it.
 */
class ReadmeQuickStart3Test {

  private static final Path README = Path.of("../README.md");
  private static final Path SAMPLE = Path.of("../sample-project-mke");

  @TempDir
  Path tmp;

  private static String block(String name) throws IOException {
    Matcher m = Pattern.compile("(?s)<!-- " + name + ":begin -->\\s*```[a-z]*\\n(.*?)```\\s*<!-- " + name + ":end -->")
        .matcher(Files.readString(README));
    assertTrue(m.find(), "README has no " + name + " block");
    return m.group(1);
  }

  private static List<String> commands(String block) {
    return block.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  @Test
  void theLayoutIsTheSamples() throws IOException {
    List<String> lines = block("quickstart3:layout").lines().toList();
    assertEquals("sample-project-mke/", lines.get(0));
    List<String> listed = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String path = line.replaceFirst("#.*", "").trim();
      assertTrue(Files.isRegularFile(SAMPLE.resolve(path)), path + " is not in the sample");
      listed.add(path);
    }
    try (Stream<Path> committed = Files.list(SAMPLE.resolve("deploy/ucp"))) {
      for (Path p : committed.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
        assertTrue(listed.contains("deploy/ucp/" + p.getFileName()), "the layout omits the committed " + p.getFileName());
      }
    }
  }

  @Test
  void thePomLinesAreTheSamples() throws IOException {
    Matcher m = Pattern.compile("(?s)<!-- readme:mke-pom:begin -->\\n(.*?)\\n\\s*<!-- readme:mke-pom:end -->")
        .matcher(Files.readString(SAMPLE.resolve("pom.xml")));
    assertTrue(m.find(), "the sample's pom lacks the readme:mke-pom markers");
    String dedented = m.group(1).lines().map(l -> l.length() >= 6 ? l.substring(6) : l.strip())
        .reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
    assertEquals(dedented, block("quickstart3:pom"));
  }

  @Test
  void theSummaryLineIsWhatCheckingTheSamplePrintsAndItsArtifactsAreCurrent() throws IOException {
    Path copy = copy();
    Runner.Outcome o = Runner.check(new Pipeline.Request(List.of(copy.resolve("docker-compose.yml")),
            Optional.of(copy.resolve("src/main/ucp/topology.yml")), Set.of(), Map.of(),
            new ProjectNames.Naming(Optional.empty(), Optional.of("voting-app-mke"), copy)),
        new Runner.Settings(copy, copy.resolve("deploy/ucp"), copy.resolve("target/ucp-reports"), Optional.empty(),
            "2026-11-26T00:00:00Z", "test"));
    assertEquals(List.of(), o.drift(), "the committed deploy/ucp is stale");
    String summary = ConsoleReport.summary(o.filesChecked(), o.diagnostics(), o.tally(), o.facts());
    String quoted = Files.readString(README).replaceAll("\\s*\\n\\s*", " ");
    assertTrue(quoted.contains("the summary says `" + summary + "`"), "the README does not quote: " + summary);
  }

  @Test
  void theCommandsAreTheGitOpsOnesAndTheHeadersDeployCommand() throws IOException {
    List<String> quick = commands(block("quickstart3:commands"));
    assertEquals(3, quick.size(), quick.toString());
    assertEquals(commands(block("gitops:local")).get(0), quick.get(0), "not the GitOps generate command");
    assertEquals(commands(block("gitops:ci")).get(0), quick.get(1), "not the GitOps CI command");
    String header = Files.readString(SAMPLE.resolve("deploy/ucp/voting-app-mke.yml")).lines()
        .filter(l -> l.startsWith("#   docker stack deploy ")).findFirst().orElseThrow();
    assertEquals(header.substring("#   ".length()), quick.get(2), "not the stack file's header command");
  }

  /** {@code docker stack deploy} needs an engine; its loader, {@code docker stack config}, takes the same arguments. */
  @Test
  void theDeployCommandsFileLoadsFromTheProjectDirectory() throws IOException {
    List<String> deploy = List.of(commands(block("quickstart3:commands")).get(2).split(" "));
    assertEquals(List.of("docker", "stack", "deploy", "-c"), deploy.subList(0, 4));
    Path copy = copy();
    Exec.Result r = Exec.run(List.of(Tools.require("docker").toString(), "stack", "config", "-c", deploy.get(4)), copy,
        Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")), Duration.ofSeconds(60));
    assertEquals(0, r.exit(), r.describe());
    assertEquals("", r.stderr(), r.describe());
    String secret = copy.toAbsolutePath().normalize().resolve("secrets/db_password.txt").toString();
    assertTrue(r.stdout().contains("file: " + secret + "\n"), "the secret is not the sample's file:\n" + r.stdout());
  }

  private Path copy() throws IOException {
    Path to = tmp.resolve("sample-project-mke");
    try (Stream<Path> walk = Files.walk(SAMPLE)) {
      for (Path p : walk.filter(p -> !SAMPLE.relativize(p).startsWith("target")).toList()) {
        Path target = to.resolve(SAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
