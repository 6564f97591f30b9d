package io.github.ucpkit.ucp.report;

import java.nio.file.Path;

/** Report paths: relative to the project directory with {@code /} separators, absolute when outside it. */
final class Paths {

  private Paths() {}

  static String relative(Path file, Path basedir) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = basedir.toAbsolutePath().normalize();
    Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }
}
