package io.github.ucpkit.ucp.write;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.github.ucpkit.ucp.emit.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares rendered artifacts with the files in the output directory, byte for byte, and describes
 * each difference as a unified diff. Only reads.
 */
public final class Drift {

  public enum Kind { CHANGED, MISSING, EXTRA }

  /** One drifted file and its diff (old = on disk, new = what the inputs generate). */
  public record FileDrift(String name, Kind kind, String diff) {}

  private Drift() {}

  public static List<FileDrift> compare(Path dir, List<Artifact> artifacts) throws IOException {
    Path out = dir.toAbsolutePath().normalize();
    List<FileDrift> drift = new ArrayList<>();
    for (Artifact a : artifacts) {
      Path p = SafeFiles.inside(out, a.name());
      List<String> expected = lines(a.content());
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        drift.add(new FileDrift(a.name(), Kind.MISSING, diff(a.name(), List.of(), expected)));
        continue;
      }
      byte[] actual = Files.readAllBytes(p);
      if (!java.util.Arrays.equals(actual, a.content().getBytes(StandardCharsets.UTF_8))) {
        drift.add(new FileDrift(a.name(), Kind.CHANGED,
            diff(a.name(), lines(new String(actual, StandardCharsets.UTF_8)), expected)));
      }
    }
    Set<String> now = artifacts.stream().map(Artifact::name).collect(Collectors.toSet());
    if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      for (String stale : ArtifactWriter.manifest(out)) {
        Path p = SafeFiles.inside(out, stale);
        if (!now.contains(stale) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          drift.add(new FileDrift(stale, Kind.EXTRA,
              diff(stale, lines(Files.readString(p, StandardCharsets.UTF_8)), List.of())));
        }
      }
    }
    return drift;
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
    return List.of(text.split("\n", -1)).subList(0, text.endsWith("\n") ? text.split("\n", -1).length - 1 : text.split("\n", -1).length);
  }
}
