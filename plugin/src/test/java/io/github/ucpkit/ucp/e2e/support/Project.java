package io.github.ucpkit.ucp.e2e.support;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A project a test writes at run time (so ports can be chosen free): one Compose file and a
 * topology spec, run through the real pipeline, {@code Pipeline.validate} then
 * {@code Pipeline.render}, exactly as {@code ucp:generate} does.
 */
public final class Project {

  private Project() {}

  /**
   * Writes {@code app/docker-compose.yml} and {@code topology.yml} under {@code dir} and renders.
   *
   * @return artifact name → content
   */
  public static Map<String, String> render(Path dir, String compose, String topology) {
    try {
      Path app = Files.createDirectories(dir.resolve("app"));
      Path composeFile = Files.writeString(app.resolve("docker-compose.yml"), compose, StandardCharsets.UTF_8);
      Path topologyFile = Files.writeString(dir.resolve("topology.yml"), topology, StandardCharsets.UTF_8);
      Pipeline.Validated v = Pipeline.validate(
          new Pipeline.Request(List.of(composeFile), Optional.of(topologyFile), Set.of(topologyFile), Map.of()));
      List<Diagnostic> errors = v.diagnostics().stream().filter(Diagnostic::isError).toList();
      if (!errors.isEmpty()) {
        throw new AssertionError("the test's own inputs do not validate: " + errors);
      }
      Map<String, String> out = new TreeMap<>();
      for (Artifact a : Pipeline.render(v, dir, SerialPolicy.of("2026-11-26T00:00:00Z"))) {
        out.put(a.name(), a.content());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The artifact, or a failure naming what was generated instead. */
  public static String artifact(Map<String, String> artifacts, String name) {
    String text = artifacts.get(name);
    if (text == null) {
      throw new AssertionError("no " + name + " was generated; got " + artifacts.keySet());
    }
    return text;
  }
}
