package io.github.ucpkit.ucp.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a run writes must not overlap what it reads or what else it writes: an output directory
 * equal to the Compose folder would hide every Compose file from the directory walk, one beside the
 * Compose file could overwrite it, one equal to the report directory would mix reports into the
 * artifact set. Refused before anything is read or written, with the setting to change.
 */
public final class Destinations {

  private Destinations() {}

  /**
   * @param writes each directory written, by the parameter that names it
   * @param inputs every input as configured (files and directories)
   */
  public static void refuseOverlaps(Path basedir, Map<String, Path> writes, List<Path> inputs) throws IOException {
    Path base = norm(basedir);
    List<Map.Entry<String, Path>> all = writes.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), norm(e.getValue()))).sorted(Map.Entry.comparingByKey()).toList();
    for (Map.Entry<String, Path> w : all) {
      if (base.startsWith(w.getValue())) {
        throw refused(w, "it is the project directory " + base + " or above it");
      }
      for (Path input : inputs) {
        Path in = norm(input);
        if (in.startsWith(w.getValue())) {
          throw refused(w, "it holds the input " + in);
        }
      }
      for (Map.Entry<String, Path> other : all) {
        if (other != w && (other.getValue().startsWith(w.getValue()) || w.getValue().startsWith(other.getValue()))) {
          throw refused(w, "it overlaps " + other.getKey() + " (" + other.getValue() + ")");
        }
      }
    }
  }

  private static IOException refused(Map.Entry<String, Path> w, String why) {
    return new IOException(w.getKey() + " " + w.getValue() + " cannot be used: " + why
        + "; give it a directory of its own");
  }

  private static Path norm(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
