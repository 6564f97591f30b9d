package io.github.ucpkit.ucp.diag;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * Where a finding points: a file and a 1-based line and column. Line 0 means the file as a whole
 * (an unreadable file, a file that is too large).
 */
public record Location(Path file, int line, int column) implements Comparable<Location> {

  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  public Location {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  public static Location of(Path file) {
    return new Location(file, 0, 0);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }
}
