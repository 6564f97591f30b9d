package io.github.ucpkit.ucp.emit;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.load.compose.ProjectNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A generation scenario under {@code src/test/resources/scenarios/<name>/}: its Compose files
 * ({@code apps/}), its {@code topology.yml}, and the artifacts it must produce ({@code expected/}).
 * The sample projects are scenarios too: {@code sample-project/}, and {@code sample-project-mke/},
 * whose golden files are the artifacts it commits in {@code deploy/ucp} (its output directory).
 *
 * @param output the output directory, from {@code dir}: headers and stack files' paths start there
 */
public record Scenario(String name, Path dir, List<Path> compose, Path topology, Path expected, ProjectNames.Naming naming,
    String output) {

  public static final Path ROOT = Path.of("src/test/resources/scenarios");
  /** A fixed outputTimestamp, so automatic serials carry a date part in the golden files. */
  public static final String OUTPUT_TIMESTAMP = "2026-11-26T00:00:00Z";

  public static List<Scenario> all() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      List<Scenario> out = new java.util.ArrayList<>(dirs
          .filter(d -> Files.isDirectory(d) && !d.getFileName().toString().equals("sample-project"))
          .sorted()
          .map(Scenario::of)
          .toList());
      Path sample = Path.of("../sample-project");
      // named as the sample's pom build names it: after its artifactId
      out.add(0, new Scenario("sample-project", sample, List.of(sample.resolve("docker-compose.yml")),
          sample.resolve("src/main/ucp/topology.yml"), ROOT.resolve("sample-project/expected"),
          new ProjectNames.Naming(Optional.empty(), Optional.of("voting-app"), sample), "target/ucp"));
      Path mke = Path.of("../sample-project-mke");
      out.add(1, new Scenario("sample-project-mke", mke, List.of(mke.resolve("docker-compose.yml")),
          mke.resolve("src/main/ucp/topology.yml"), mke.resolve("deploy/ucp"),
          new ProjectNames.Naming(Optional.empty(), Optional.of("voting-app-mke"), mke), "deploy/ucp"));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Scenario of(Path dir) {
    return new Scenario(dir.getFileName().toString(), dir, List.of(dir.resolve("apps")), dir.resolve("topology.yml"),
        dir.resolve("expected"), new ProjectNames.Naming(Optional.empty(), Optional.of(dir.getFileName().toString()), dir),
        "target/ucp");
  }

  /** Validates (no error allowed: a scenario is a valid project) and renders in memory. */
  public List<Artifact> render() {
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(compose, Optional.of(topology), Set.of(topology), Map.of(), naming));
    List<Diagnostic> errors = v.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new AssertionError("scenario " + name + " is not valid: " + errors);
    }
    return Pipeline.render(v, new Placement(dir, dir.resolve(output)), SerialPolicy.of(OUTPUT_TIMESTAMP));
  }

  @Override
  public String toString() {
    return name;
  }

  public static Map<String, String> byName(List<Artifact> artifacts) {
    return artifacts.stream().collect(Collectors.toMap(Artifact::name, Artifact::content));
  }
}
