package io.github.ucpkit.ucp.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
   * Every regular {@code *.yml}/{@code *.yaml} file below {@code dir}, sorted, not descending into
   * hidden directories or directories named {@code target}, at most 32 levels deep.
   */
  List<Path> yamlFilesUnder(Path dir) throws IOException;

  static Disk real() {
    return RealDisk.INSTANCE;
  }
}
