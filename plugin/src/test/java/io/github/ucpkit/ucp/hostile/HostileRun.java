package io.github.ucpkit.ucp.hostile;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.write.ArtifactWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs a project the way {@code ucp:generate} does (validate; render and write only without errors)
 * and records what happened, including every file of the project tree before and after.
 */
final class HostileRun {

  record Outcome(Set<String> errors, Optional<String> refusal, Map<String, String> before, Map<String, String> after) {}

  private HostileRun() {}

  static Outcome run(Path project, HostileCase c) throws Exception {
    Path out = project.resolve("target/ucp");
    Map<String, String> before = snapshot(project);
    Path topology = project.resolve(HostileCase.TOPOLOGY);
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(
        List.of(project), Optional.of(topology), Set.of(topology, out), c.env()));
    Set<String> errors = new TreeSet<>();
    for (Diagnostic d : v.diagnostics()) {
      if (d.isError()) {
        errors.add(d.at().file().getFileName() + ":" + d.at().line() + " " + d.ruleId());
      }
    }
    Optional<String> refusal = Optional.empty();
    if (errors.isEmpty()) {
      List<Artifact> artifacts = Pipeline.render(v, project, SerialPolicy.of("2026-11-26T00:00:00Z"));
      try {
        ArtifactWriter.write(out, artifacts);
      } catch (IOException e) {
        refusal = Optional.of(e.getMessage());
      }
    }
    return new Outcome(errors, refusal, before, snapshot(project));
  }

  /** Every path under the project (links not followed) with a hash of its content. */
  static Map<String, String> snapshot(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String key = root.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          out.put(key, "link:" + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          out.put(key, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
        } else {
          out.put(key, "dir");
        }
      }
    }
    return out;
  }
}
