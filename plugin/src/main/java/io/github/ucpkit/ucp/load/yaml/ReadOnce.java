package io.github.ucpkit.ucp.load.yaml;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The files a Compose file pulls in with {@code extends}, each read and parsed once however often it
 * is asked for. docker-compose validates every extended file while it loads the project, and five
 * rules follow the same chains (env files, build contexts, health checks, names, the targets
 * themselves); each used to parse every extended file again. One instance serves one Compose file,
 * its load and its own rules, and goes with it: a run over thousands of files never holds the
 * trees of the files they extend.
 */
public final class ReadOnce {

  private final YamlReader reader;
  private final Map<Path, YamlFile> read = new HashMap<>();

  public ReadOnce(YamlReader reader) {
    this.reader = reader;
  }

  /** {@link YamlReader#read}, the first time for each file however its path is written. */
  public synchronized YamlFile read(Path file) {
    return read.computeIfAbsent(file.toAbsolutePath().normalize(), reader::read);
  }
}
