package io.github.ucpkit.ucp.load;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns the {@code compose} parameter into files: a file stands for itself, a directory for every
 * {@code *.yml}/{@code *.yaml} below it (hidden directories and {@code target} skipped), each a
 * Compose project of its own. The result is sorted so runs are reproducible.
 */
public final class InputFiles {

  public record Resolved(List<Path> files, List<Diagnostic> diagnostics) {}

  private static final int MAX_DEPTH = 32;

  private InputFiles() {}

  /**
   * @param exclude files never taken from a directory walk (the topology spec, the output directory)
   */
  public static Resolved resolve(List<Path> inputs, Set<Path> exclude) {
    Set<Path> files = new TreeSet<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<Path> excluded = new TreeSet<>();
    exclude.forEach(p -> excluded.add(p.toAbsolutePath().normalize()));
    for (Path input : inputs) {
      Path p = input.toAbsolutePath().normalize();
      if (Files.isRegularFile(p)) {
        files.add(p);
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p, MAX_DEPTH, new FileVisitOption[0])) {
          walk.filter(f -> isYaml(f) && Files.isRegularFile(f) && !skipped(p, f, excluded)).forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          diagnostics.add(LoadFindings.UNREADABLE.at(Location.of(p), "cannot list the directory: " + e.getMessage(), ""));
        }
      } else {
        diagnostics.add(LoadFindings.UNREADABLE.at(
            Location.of(p), "compose input does not exist: " + input, "check the compose parameter (ucp.compose)"));
      }
    }
    return new Resolved(List.copyOf(files), diagnostics);
  }

  private static boolean isYaml(Path f) {
    String name = f.getFileName().toString();
    return name.endsWith(".yml") || name.endsWith(".yaml");
  }

  private static boolean skipped(Path root, Path file, Set<Path> excluded) {
    for (Path e : excluded) {
      if (file.startsWith(e)) {
        return true;
      }
    }
    Path rel = root.relativize(file);
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      String part = rel.getName(i).toString();
      if (part.startsWith(".") || part.equals("target")) {
        return true;
      }
    }
    return false;
  }
}
