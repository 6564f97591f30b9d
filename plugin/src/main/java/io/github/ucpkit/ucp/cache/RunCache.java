package io.github.ucpkit.ucp.cache;

import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.write.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last run's results, reused when nothing it depended on has changed: the same plugin build,
 * the same request, and the same answer to every question it asked the disk and the environment.
 * Anything unexpected (no entry, another format, a damaged file) simply means a full run.
 */
public final class RunCache {

  private final Path file;

  public RunCache(Path file) {
    this.file = file;
  }

  public Optional<CacheEntry> lookup(String key, Map<String, String> environment) {
    Optional<CacheEntry> entry = load();
    if (entry.isEmpty() || !entry.get().key().equals(key)) {
      return Optional.empty();
    }
    Disk disk = Disk.real();
    for (Fact f : entry.get().facts()) {
      String now = f.type() == Fact.Type.ENV
          ? RecordingEnvironment.answer(environment, f.subject())
          : RecordingDisk.answer(disk, f);
      if (!now.equals(f.answer())) {
        return Optional.empty();
      }
    }
    return entry;
  }

  /** Whether every file recorded as name → hash is in {@code dir} with that content. */
  public static boolean intact(Path dir, Map<String, String> files) {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      try {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || !Hashes.of(Files.readAllBytes(p)).equals(e.getValue())) {
          return false;
        }
      } catch (IOException ex) {
        return false;
      }
    }
    return true;
  }

  public static String hash(String content) {
    return Hashes.of(content);
  }

  /** Facts recorded by a run's disk and environment, in a stable order. */
  public static List<Fact> facts(RecordingDisk disk, RecordingEnvironment environment) {
    List<Fact> all = new ArrayList<>(disk.facts());
    all.addAll(environment.facts());
    all.sort((a, b) -> (a.type() + a.subject()).compareTo(b.type() + b.subject()));
    return all;
  }

  public void store(CacheEntry entry) throws IOException {
    SafeFiles.write(file.getParent(), file.getFileName().toString(), entry.write());
  }

  private Optional<CacheEntry> load() {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      return CacheEntry.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
