package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.model.compose.ComposeFile;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Paths a Compose file names on the host (env files, build contexts, extended files), resolved the
 * way docker-compose resolves them: against the directory of the file that names them, lexically
 * normalised, absolute paths kept as they are.
 */
final class HostPaths {

  private HostPaths() {}

  /**
   * The path {@code written} in a file in {@code directory} stands for, or empty when it cannot be
   * known here: a {@code ~} path depends on the home directory of whoever runs docker-compose, which
   * need not be the machine running the build.
   */
  static Optional<Path> resolve(Path directory, String written) {
    if (written.startsWith("~")) {
      return Optional.empty();
    }
    try {
      return Optional.of(directory.resolve(written).toAbsolutePath().normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  static Optional<Path> resolve(ComposeFile file, String written) {
    return resolve(file.directory(), written);
  }

  /** How a message names a path: as written when short, relative to the Compose file's directory otherwise. */
  static String display(ComposeFile file, Path path) {
    Path dir = file.directory().toAbsolutePath().normalize();
    if (path.equals(file.path().toAbsolutePath().normalize())) {
      return "this file";
    }
    String shown = path.startsWith(dir) ? dir.relativize(path).toString() : path.toString();
    return "\"" + shown.replace('\\', '/') + "\"";
  }
}
