package io.github.ucpkit.ucp.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** The staging directories a write uses inside the output directory, and those a killed run left. */
final class Staging {

  private Staging() {}

  static Path create(Path out) throws IOException {
    Path dir = Files.createDirectory(out.resolve(Journal.STAGING_PREFIX + UUID.randomUUID()));
    Files.createDirectory(dir.resolve("new"));
    return dir;
  }

  /** Names of staging directories in {@code out}, sorted. */
  static List<String> leftovers(Path out) throws IOException {
    return named(out, Journal.STAGING_PREFIX + "*");
  }

  /** Names of the entries of {@code out} matching a glob, sorted. */
  static List<String> named(Path out, String glob) throws IOException {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      return names;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(out, glob)) {
      entries.forEach(p -> names.add(p.getFileName().toString()));
    }
    names.sort(null);
    return names;
  }

  /** Removes a staging directory without following any link inside it. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(dir);
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
