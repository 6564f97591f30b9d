package io.github.ucpkit.ucp.load;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The file system itself. */
final class RealDisk implements Disk {

  static final RealDisk INSTANCE = new RealDisk();
  private static final int MAX_DEPTH = 32;
  /** A topology spec at its default place, {@value Disk#DEFAULT_TOPOLOGY}, of any project below the walk's root. */
  private static final Path TOPOLOGY = Path.of(DEFAULT_TOPOLOGY);

  private RealDisk() {}

  @Override
  public Kind kind(Path path) {
    // java.io answers without building an exception when there is nothing: most calls probe for a
    // .env or a manifest that is not there, and java.nio throws (and fills a stack trace) three times
    File file = plain(path);
    if (file == null) {
      return Files.isRegularFile(path) ? Kind.FILE : Files.isDirectory(path) ? Kind.DIRECTORY
          : Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? Kind.OTHER : Kind.MISSING;
    }
    if (file.isFile()) {
      return Kind.FILE;
    }
    if (file.isDirectory()) {
      return Kind.DIRECTORY;
    }
    return file.exists() || Files.isSymbolicLink(path) ? Kind.OTHER : Kind.MISSING; // a link to nothing is there
  }

  @Override
  public boolean isFile(Path path) {
    File file = plain(path);
    return file == null ? Files.isRegularFile(path) : file.isFile(); // one stat, and no exception when nothing is there
  }

  /**
   * {@code path} as a java.io file, or null when that would name another file: java.io names a path
   * by its string, and a name that is not valid in the platform's encoding (a directory listed with
   * the bytes {@code 0xff}) decodes to a replacement character, which encodes back to other bytes.
   */
  private static File plain(Path path) {
    File file = path.toFile();
    return file.toPath().equals(path) ? file : null;
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
    List<Path> found = new ArrayList<>();
    // pruned where the walk meets a directory, so a .git or target below is never listed at all
    Files.walkFileTree(dir, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        return d.equals(dir) || !pruned(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
        boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(f));
        if (regular && isYaml(f) && !dir.relativize(f).endsWith(TOPOLOGY)) {
          found.add(f);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  private static boolean isYaml(Path f) {
    String name = f.getFileName().toString();
    return name.endsWith(".yml") || name.endsWith(".yaml");
  }

  /**
   * Whether the walk leaves a directory out: hidden, a {@code target}, or another project's committed
   * output directory (its Compose artifacts would be validated as apps of their own, and clash with
   * their inputs).
   */
  private static boolean pruned(Path d) {
    String name = d.getFileName().toString();
    return name.startsWith(".") || name.equals("target") || INSTANCE.isFile(d.resolve(GENERATED_MANIFEST));
  }
}
