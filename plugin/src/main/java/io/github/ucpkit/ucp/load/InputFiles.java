package io.github.ucpkit.ucp.load;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the {@code compose} parameter into files: a file stands for itself, a directory for every
 * {@code *.yml}/{@code *.yaml} below it (hidden directories, {@code target} and this plugin's output
 * directories skipped), each a Compose project of its own. The result is sorted so runs are
 * reproducible.
 */
public final class InputFiles {

  public record Resolved(List<Path> files, List<Diagnostic> diagnostics) {}

  private InputFiles() {}

  /**
   * @param exclude files never taken from a directory walk (the topology spec, the output directory)
   */
  public static Resolved resolve(List<Path> inputs, Set<Path> exclude, Disk disk) {
    Set<Path> files = new TreeSet<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Path> excluded = exclude.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    for (Path input : inputs) {
      Path p = input.toAbsolutePath().normalize();
      switch (disk.kind(p)) {
        case FILE -> files.add(p);
        case DIRECTORY -> {
          try {
            for (Path f : disk.yamlFilesUnder(p)) {
              if (excluded.stream().noneMatch(f::startsWith)) {
                files.add(f);
              }
            }
          } catch (IOException e) {
            diagnostics.add(LoadFindings.UNREADABLE.at(Location.of(p), "cannot list the directory: " + e.getMessage(), ""));
          }
        }
        default -> diagnostics.add(LoadFindings.UNREADABLE.at(
            Location.of(p), "compose input does not exist: " + input, "check the compose parameter (ucp.compose)"));
      }
    }
    return new Resolved(List.copyOf(files), diagnostics);
  }
}
