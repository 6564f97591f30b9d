package io.github.ucpkit.ucp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One entry of the real corpus: a lone Compose file, or (entry kind {@code dir}) a Compose file kept
 * together with the sibling files it reads.
 */
record RealEntry(Path compose, boolean withSiblings) {

  /** The manifest's entries in its order (which is sorted by path). */
  static List<RealEntry> read(Path realCorpus) throws IOException {
    List<String> lines = Files.readAllLines(realCorpus.resolve("manifest.tsv"));
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int path = header.indexOf("relpath");
    int kind = header.indexOf("entry_kind");
    List<RealEntry> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      out.add(new RealEntry(realCorpus.resolve(cells[path]), cells[kind].equals("dir")));
    }
    return out;
  }

  int size() {
    try {
      return (int) Files.size(compose);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Copies the entry into {@code dir}, the Compose file renamed to {@code docker-compose.yml}. */
  void copyTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (withSiblings) {
      Path from = compose.getParent();
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path p : walk.sorted().toList()) {
          Path to = dir.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else if (!p.equals(compose) && !p.getFileName().toString().equals(BenchCorpus.COMPOSE)) {
            Files.copy(p, to);
          }
        }
      }
    }
    Files.copy(compose, dir.resolve(BenchCorpus.COMPOSE));
  }
}
