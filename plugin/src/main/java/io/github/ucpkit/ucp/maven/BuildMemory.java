package io.github.ucpkit.ucp.maven;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.write.ArtifactWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the goals of one build of one project tell each other: the findings already printed (so
 * {@code validate}, {@code generate} and {@code check} in one {@code mvn verify} print each finding
 * once), and what {@code generate} changed in an output directory (so a {@code check} after it in the
 * same build cannot pass by comparing the directory with what was just written into it).
 */
final class BuildMemory {

  private final Set<Diagnostic> printed = new HashSet<>();
  private final Map<Path, ArtifactWriter.Result> generated = new HashMap<>();

  /** The diagnostics not printed yet in this build, now counted as printed. */
  synchronized List<Diagnostic> unprinted(List<Diagnostic> diagnostics) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (printed.add(d)) {
        out.add(d);
      }
    }
    return out;
  }

  synchronized void generated(Path outputDirectory, ArtifactWriter.Result result) {
    generated.put(outputDirectory.toAbsolutePath().normalize(), result);
  }

  /** What generate wrote or removed in {@code outputDirectory} earlier in this build. */
  synchronized List<String> changedEarlier(Path outputDirectory) {
    ArtifactWriter.Result r = generated.get(outputDirectory.toAbsolutePath().normalize());
    if (r == null) {
      return List.of();
    }
    return r.changed();
  }
}
