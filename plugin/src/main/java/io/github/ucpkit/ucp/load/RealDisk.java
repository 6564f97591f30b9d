package io.github.ucpkit.ucp.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The file system itself. */
final class RealDisk implements Disk {

  static final RealDisk INSTANCE = new RealDisk();
  private static final int MAX_DEPTH = 32;

  private RealDisk() {}

  @Override
  public Kind kind(Path path) {
    if (Files.isRegularFile(path)) {
      return Kind.FILE;
    }
    if (Files.isDirectory(path)) {
      return Kind.DIRECTORY;
    }
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? Kind.OTHER : Kind.MISSING;
  }

  @Override
  public boolean isLink(Path path) {
    return Files.isSymbolicLink(path);
  }

  @Override
  public long size(Path path) throws IOException {
    return Files.size(path);
  }

  /**
   * Reads at most {@code maxBytes + 1} bytes, whatever the file's size claims: {@code /proc} files
   * say 0 and a file may grow while it is read.
   */
  @Override
  public Optional<byte[]> readAtMost(Path path, long maxBytes) throws IOException {
    int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(cap);
      return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }
  }

  @Override
  public List<Path> yamlFilesUnder(Path dir) throws IOException {
    Map<Path, Boolean> outputDirectories = new HashMap<>();
    try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH, new FileVisitOption[0])) {
      return walk.filter(f -> isYaml(f) && Files.isRegularFile(f) && !pruned(dir, f, outputDirectories) && !isTopology(dir, f))
          .sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A topology spec at its default place, {@value Disk#DEFAULT_TOPOLOGY}, of any project below {@code root}. */
  private static boolean isTopology(Path root, Path file) {
    return root.relativize(file).endsWith(Path.of(DEFAULT_TOPOLOGY));
  }

  private static boolean isYaml(Path f) {
    String name = f.getFileName().toString();
    return name.endsWith(".yml") || name.endsWith(".yaml");
  }

  /**
   * Whether a directory between {@code root} (exclusive) and the file is hidden, a {@code target} or
   * another project's committed output directory (its Compose artifacts would be validated as apps of
   * their own, and clash with their inputs). Each directory is asked once per walk.
   */
  private static boolean pruned(Path root, Path file, Map<Path, Boolean> outputDirectories) {
    Path rel = root.relativize(file);
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      String part = rel.getName(i).toString();
      if (part.startsWith(".") || part.equals("target")) {
        return true;
      }
      Path below = root.resolve(rel.subpath(0, i + 1));
      if (outputDirectories.computeIfAbsent(below, d -> Files.isRegularFile(d.resolve(GENERATED_MANIFEST)))) {
        return true;
      }
    }
    return false;
  }
}
