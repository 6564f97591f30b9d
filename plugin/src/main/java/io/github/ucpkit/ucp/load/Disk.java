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

  Kind kind(Path path);

  long size(Path path) throws IOException;

  byte[] read(Path path) throws IOException;

  /**
   * The file's bytes, or empty when it holds more than {@code maxBytes}: the size is checked before
   * reading (so an oversized input is never loaded) and again after (in case it grew meanwhile).
   */
  default Optional<byte[]> readAtMost(Path path, long maxBytes) throws IOException {
    if (size(path) > maxBytes) {
      return Optional.empty();
    }
    byte[] bytes = read(path);
    return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
  }

  /**
   * Every regular {@code *.yml}/{@code *.yaml} file below {@code dir}, sorted, not descending into
   * hidden directories or directories named {@code target}, at most 32 levels deep.
   */
  List<Path> yamlFilesUnder(Path dir) throws IOException;

  static Disk real() {
    return RealDisk.INSTANCE;
  }
}
