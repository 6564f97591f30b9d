package io.github.ucpkit.ucp.cache;

import io.github.ucpkit.ucp.load.Disk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A disk that remembers every question and answer; safe for the parallel loaders. */
public final class RecordingDisk implements Disk {

  /** More than any reader takes (8 MiB of YAML); what a content fact covers. */
  static final long LARGEST_INPUT = 16L << 20;
  private static final String LARGER = "larger than " + LARGEST_INPUT + " bytes";

  private final Disk disk;
  private final boolean hashes;
  private final Map<String, Fact> facts = new ConcurrentHashMap<>();

  /** A disk that records what a run cache needs to tell whether the next run may reuse this one. */
  public RecordingDisk(Disk disk) {
    this(disk, true);
  }

  /**
   * @param hashes whether to hash what is read; without a cache nothing compares the hashes, and
   *     hashing every input twice (the loaders, then the policy stage) is a tenth of a cold run
   */
  public RecordingDisk(Disk disk, boolean hashes) {
    this.disk = disk;
    this.hashes = hashes;
  }

  @Override
  public Kind kind(Path path) {
    Kind kind = disk.kind(path);
    remember(Fact.Type.KIND, path, kind.name());
    return kind;
  }

  @Override
  public boolean isFile(Path path) {
    boolean file = disk.isFile(path);
    remember(Fact.Type.FILE, path, Boolean.toString(file));
    return file;
  }

  @Override
  public boolean isLink(Path path) {
    boolean link = disk.isLink(path);
    remember(Fact.Type.LINK, path, Boolean.toString(link));
    return link;
  }

  @Override
  public long size(Path path) throws IOException {
    // messages about an oversized file state its size: it is a fact of the run
    try {
      long size = disk.size(path);
      remember(Fact.Type.SIZE, path, Long.toString(size));
      return size;
    } catch (IOException e) {
      remember(Fact.Type.SIZE, path, "unreadable");
      throw e;
    }
  }

  /**
   * Records what a bounded read found: the hash of the file's bytes up to the largest input any
   * reader accepts, or that it is larger. A later run asks the same question the same way, so a file
   * that shrank below a limit is read again (and one that grew past it is not read in full).
   */
  @Override
  public Optional<byte[]> readAtMost(Path path, long maxBytes) throws IOException {
    Optional<byte[]> bytes;
    try {
      bytes = disk.readAtMost(path, Math.max(maxBytes, LARGEST_INPUT));
    } catch (IOException e) {
      remember(Fact.Type.CONTENT, path, "unreadable");
      throw e;
    }
    String subject = subject(path);
    // a file read twice in one run (by a loader, then by the policy stage) is hashed once
    if (!facts.containsKey(Fact.Type.CONTENT + " " + subject)) {
      remember(Fact.Type.CONTENT, subject, bytes.map(b -> hashes ? Hashes.of(b) : "read").orElse(LARGER));
    }
    return bytes.filter(b -> b.length <= maxBytes);
  }

  @Override
  public List<Path> yamlFilesUnder(Path dir) throws IOException {
    List<Path> files = disk.yamlFilesUnder(dir);
    remember(Fact.Type.LISTING, dir, Hashes.of(files.toString()));
    return files;
  }

  /** Every file whose content this run read. */
  public List<Path> read() {
    return facts.values().stream()
        .filter(f -> f.type() == Fact.Type.CONTENT && !f.answer().equals("unreadable"))
        .map(f -> Path.of(f.subject()))
        .sorted()
        .toList();
  }

  List<Fact> facts() {
    return List.copyOf(facts.values());
  }

  private void remember(Fact.Type type, Path path, String answer) {
    remember(type, subject(path), answer);
  }

  private void remember(Fact.Type type, String subject, String answer) {
    facts.put(type + " " + subject, new Fact(type, subject, answer));
  }

  private static String subject(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  /** Asks {@code fact}'s question again. */
  static String answer(Disk disk, Fact fact) {
    Path path = Path.of(fact.subject());
    try {
      return switch (fact.type()) {
        case KIND -> disk.kind(path).name();
        case FILE -> Boolean.toString(disk.isFile(path));
        case LINK -> Boolean.toString(disk.isLink(path));
        case SIZE -> Long.toString(disk.size(path));
        case CONTENT -> disk.readAtMost(path, LARGEST_INPUT).map(Hashes::of).orElse(LARGER);
        case LISTING -> Hashes.of(disk.yamlFilesUnder(path).toString());
        case ENV -> throw new IllegalArgumentException("not a disk fact: " + fact);
      };
    } catch (IOException e) {
      return "unreadable";
    }
  }
}
