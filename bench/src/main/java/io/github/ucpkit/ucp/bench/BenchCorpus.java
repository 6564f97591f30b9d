package io.github.ucpkit.ucp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The benchmark corpus: every entry of the real corpus ({@code corpus/manifest.tsv}) and then
 * synthetic files up to the wanted count. Each entry is a directory {@code NNNNN/} holding one
 * {@code docker-compose.yml} (the name every tool under test discovers), plus, for the real entries
 * kept with their siblings, the {@code .env}, env files and extends targets beside it. Same seed,
 * same bytes: the corpus is built once per size and reused while its stamp matches.
 */
public final class BenchCorpus {

  static final long SEED = 20261126L;
  static final String COMPOSE = "docker-compose.yml";
  private static final String STAMP = ".bench-corpus";

  private BenchCorpus() {}

  /** Builds (or reuses) a corpus of {@code entries} Compose projects in {@code out}. */
  public static Path build(Path realCorpus, Path out, int entries) throws IOException {
    List<RealEntry> real = RealEntry.read(realCorpus);
    String stamp = "v1 seed=" + SEED + " entries=" + entries + " real=" + real.size() + "\n";
    Path stampFile = out.resolve(STAMP);
    if (Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)) {
      return out;
    }
    deleteTree(out);
    Files.createDirectories(out);
    Random random = new Random(SEED);
    List<Integer> sizes = new ArrayList<>();
    int index = 0;
    for (RealEntry e : real) {
      if (index == entries) {
        break;
      }
      e.copyTo(out.resolve(name(index++)));
      sizes.add(e.size());
    }
    for (; index < entries; index++) {
      int target = sizes.get(random.nextInt(sizes.size()));
      Path dir = Files.createDirectories(out.resolve(name(index)));
      Files.writeString(dir.resolve(COMPOSE), SyntheticCompose.file(random, target, index), StandardCharsets.UTF_8);
    }
    Files.writeString(stampFile, stamp);
    return out;
  }

  /** Every YAML file of a built corpus (what the plugin and the parse floor read), in a stable order. */
  public static List<Path> yamlFiles(Path corpus) throws IOException {
    return files(corpus, name -> name.endsWith(".yml") || name.endsWith(".yaml"));
  }

  static List<Path> files(Path corpus, Predicate<String> name) throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(p -> Files.isRegularFile(p) && name.test(p.getFileName().toString())).sorted().toList();
    }
  }

  static String name(int index) {
    return String.format("%05d", index);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
