package io.github.ucpkit.ucp.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Report paths: relative to the project directory with {@code /} separators, absolute when outside it. */
final class Paths {

  private Paths() {}

  static String relative(Path file, Path basedir) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = basedir.toAbsolutePath().normalize();
    Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  /** Each file's path as a report shows it, escaped, worked out once: thousands of findings name far fewer files. */
  static final class Shown {

    private final Path basedir;
    private final Map<Path, String> shown = new HashMap<>();

    Shown(Path basedir) {
      this.basedir = basedir;
    }

    String of(Path file) {
      return shown.computeIfAbsent(file, f -> LogText.escape(relative(f, basedir)));
    }
  }
}
