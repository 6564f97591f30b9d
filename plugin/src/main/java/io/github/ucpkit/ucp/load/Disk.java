package io.github.ucpkit.ucp.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything loaders and rules learn from the file system goes through here, so a run can record
 * what it depended on and a later run can tell, by asking again, whether anything changed.
 */
public interface Disk {

  enum Kind { MISSING, FILE, DIRECTORY, OTHER }

  /**
   * The list of files a run generated, kept in its output directory. A directory walk skips a
   * directory holding it: what is inside is this plugin's output, not an input.
   */
  String GENERATED_MANIFEST = ".ucp-generated";

  /**
   * Where a project keeps its topology spec unless it says otherwise. A directory walk skips a file
   * there: it is a spec, not a Compose file, of this project or of another one below the walk.
   */
  String DEFAULT_TOPOLOGY = "src/main/ucp/topology.yml";

  Kind kind(Path path);

  /**
   * Whether a regular file is at {@code path} (links followed): {@code kind(path) == FILE}, asked
   * the cheap way. Most such questions are probes for a {@code .env} that is not there.
   */
  default boolean isFile(Path path) {
    return kind(path) == Kind.FILE;
  }

  /** Whether {@code path} itself is a symbolic link (whatever it points at). */
  boolean isLink(Path path);

  long size(Path path) throws IOException;

  /**
   * The file's bytes, or empty when it holds more than {@code maxBytes}. Never reads more than
   * {@code maxBytes + 1} bytes, whatever the file's size claims (a {@code /proc} file says 0, and a
   * file may grow while it is read): every read of an input is bounded.
   */
  Optional<byte[]> readAtMost(Path path, long maxBytes) throws IOException;

  /**
   * Every regular {@code *.yml}/{@code *.yaml} file below {@code dir}, sorted, not descending into
   * hidden directories, directories named {@code target} or output directories of this plugin (those
   * holding {@value #GENERATED_MANIFEST}), at most 32 levels deep; a topology spec at
   * {@value #DEFAULT_TOPOLOGY} below {@code dir} is not listed.
   */
  List<Path> yamlFilesUnder(Path dir) throws IOException;

  static Disk real() {
    return RealDisk.INSTANCE;
  }
}
