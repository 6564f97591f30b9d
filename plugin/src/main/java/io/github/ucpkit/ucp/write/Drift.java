package io.github.ucpkit.ucp.write;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.github.ucpkit.ucp.emit.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares rendered artifacts with the files in the output directory and describes each difference
 * as a unified diff. Only reads.
 */
public final class Drift {

  /** {@code INTERRUPTED}: a killed {@code ucp:generate} left its journal, staging or lock behind. */
  public enum Kind { CHANGED, MISSING, EXTRA, INTERRUPTED }

  /** One drifted file and its diff (old = on disk, new = what the inputs generate), or what was left. */
  public record FileDrift(String name, Kind kind, String diff) {}

  private Drift() {}

  /** Opens {@code dir} for reading and compares; see {@link OutputDirectory#drift}. */
  public static List<FileDrift> compare(Path dir, List<Artifact> artifacts) throws IOException {
    Path out = dir.toAbsolutePath().normalize();
    try (OutputDirectory od = OutputDirectory.forReading(out, out.getParent() == null ? out : out.getParent())) {
      return od.drift(artifacts);
    }
  }

  static List<FileDrift> compare(Path out, List<Artifact> artifacts, Set<String> listed) throws IOException {
    List<FileDrift> drift = new ArrayList<>();
    for (Artifact a : artifacts) {
      Path p = SafeFiles.inside(out, a.name());
      List<String> expected = lines(a.content());
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        drift.add(new FileDrift(a.name(), Kind.MISSING, diff(a.name(), List.of(), expected)));
        continue;
      }
      byte[] actual = Files.readAllBytes(p);
      Optional<String> text = OnDisk.text(actual);
      if (text.isEmpty()) {
        drift.add(new FileDrift(a.name(), Kind.CHANGED, notText(a.name(), actual.length)));
      } else if (!text.get().equals(a.content())) {
        drift.add(new FileDrift(a.name(), Kind.CHANGED, diff(a.name(), lines(text.get()), expected)));
      }
    }
    Set<String> now = artifacts.stream().map(Artifact::name).collect(Collectors.toSet());
    manifest(out, now).ifPresent(drift::add);
    for (String stale : listed) {
      Path p = SafeFiles.inside(out, stale);
      if (!now.contains(stale) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        byte[] actual = Files.readAllBytes(p);
        Optional<String> text = OnDisk.text(actual);
        drift.add(new FileDrift(stale, Kind.EXTRA,
            text.isPresent() ? diff(stale, lines(text.get()), List.of()) : notText(stale, actual.length)));
      }
    }
    return drift;
  }

  /**
   * The manifest is part of the set: a missing or edited one would make the next generate remove,
   * or keep, other files than the committed directory says.
   */
  private static Optional<FileDrift> manifest(Path out, Set<String> names) throws IOException {
    String expected = ArtifactWriter.manifestText(names);
    Path p = out.resolve(ArtifactWriter.MANIFEST);
    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(new FileDrift(ArtifactWriter.MANIFEST, Kind.MISSING, diff(ArtifactWriter.MANIFEST, List.of(), lines(expected))));
    }
    byte[] actual = Files.readAllBytes(p);
    Optional<String> text = OnDisk.text(actual);
    if (text.isEmpty()) {
      return Optional.of(new FileDrift(ArtifactWriter.MANIFEST, Kind.CHANGED, notText(ArtifactWriter.MANIFEST, actual.length)));
    }
    if (!text.get().equals(expected)) {
      return Optional.of(new FileDrift(ArtifactWriter.MANIFEST, Kind.CHANGED,
          diff(ArtifactWriter.MANIFEST, lines(text.get()), lines(expected))));
    }
    return Optional.empty();
  }

  static FileDrift interrupted(String name, String what) {
    return new FileDrift(name, Kind.INTERRUPTED, what + "; run ucp:generate to finish or discard it\n");
  }

  private static String notText(String name, int bytes) {
    return "(" + name + " on disk is not UTF-8 text: " + bytes + " bytes; it is compared byte for byte and differs)\n";
  }

  private static String diff(String name, List<String> old, List<String> now) {
    Patch<String> patch = DiffUtils.diff(old, now);
    List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(
        old.isEmpty() ? "/dev/null" : "a/" + name, now.isEmpty() ? "/dev/null" : "b/" + name, old, patch, 3);
    return String.join("\n", unified) + "\n";
  }

  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> all = List.of(text.split("\n", -1));
    return text.endsWith("\n") ? all.subList(0, all.size() - 1) : all;
  }
}
