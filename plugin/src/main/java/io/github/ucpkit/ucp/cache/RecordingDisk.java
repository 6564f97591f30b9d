package io.github.ucpkit.ucp.cache;

import io.github.ucpkit.ucp.load.Disk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A disk that remembers every question and answer; safe for the parallel loaders. */
public final class RecordingDisk implements Disk {

  private final Disk disk;
  private final Map<String, Fact> facts = new ConcurrentHashMap<>();

  public RecordingDisk(Disk disk) {
    this.disk = disk;
  }

  @Override
  public Kind kind(Path path) {
    Kind kind = disk.kind(path);
    remember(Fact.Type.KIND, path, kind.name());
    return kind;
  }

  @Override
  public long size(Path path) throws IOException {
    // the size is part of the content, which a read records
    return disk.size(path);
  }

  @Override
  public byte[] read(Path path) throws IOException {
    try {
      byte[] bytes = disk.read(path);
      remember(Fact.Type.CONTENT, path, Hashes.of(bytes));
      return bytes;
    } catch (IOException e) {
      remember(Fact.Type.CONTENT, path, "unreadable");
      throw e;
    }
  }

  @Override
  public List<Path> yamlFilesUnder(Path dir) throws IOException {
    List<Path> files = disk.yamlFilesUnder(dir);
    remember(Fact.Type.LISTING, dir, Hashes.of(files.toString()));
    return files;
  }

  List<Fact> facts() {
    return List.copyOf(facts.values());
  }

  private void remember(Fact.Type type, Path path, String answer) {
    String subject = path.toAbsolutePath().normalize().toString();
    facts.put(type + " " + subject, new Fact(type, subject, answer));
  }

  /** Asks {@code fact}'s question again. */
  static String answer(Disk disk, Fact fact) {
    Path path = Path.of(fact.subject());
    try {
      return switch (fact.type()) {
        case KIND -> disk.kind(path).name();
        case CONTENT -> Hashes.of(disk.read(path));
        case LISTING -> Hashes.of(disk.yamlFilesUnder(path).toString());
        case ENV -> throw new IllegalArgumentException("not a disk fact: " + fact);
      };
    } catch (IOException e) {
      return "unreadable";
    }
  }
}
