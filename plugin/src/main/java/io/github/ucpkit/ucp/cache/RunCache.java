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

  private final Path dir;
  private final String goal;

  /**
   * @param dir the cache directory
   * @param goal each goal keeps its own entry and its own copy of the reports it wrote: the goals
   *     of one build overwrite each other's reports, and each must still find its own next time
   */
  public RunCache(Path dir, String goal) {
    this.dir = dir;
    this.goal = goal;
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
  static boolean intact(Path dir, Map<String, String> files) {
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

  /** Facts recorded by a run's disk and environment, in a stable order. */
  public static List<Fact> facts(RecordingDisk disk, RecordingEnvironment environment) {
    List<Fact> all = new ArrayList<>(disk.facts());
    all.addAll(environment.facts());
    all.sort((a, b) -> (a.type() + a.subject()).compareTo(b.type() + b.subject()));
    return all;
  }

  /**
   * Puts the reports of the cached run (name → hash) back into {@code reportDir} where another goal
   * or a hand has changed them; false when a kept copy is missing or damaged.
   */
  public boolean restoreReports(Path reportDir, Map<String, String> reports) throws IOException {
    for (Map.Entry<String, String> e : reports.entrySet()) {
      if (intact(reportDir, Map.of(e.getKey(), e.getValue()))) {
        continue;
      }
      Path copy = dir.resolve(copyName(e.getKey()));
      if (!intact(dir, Map.of(copyName(e.getKey()), e.getValue()))) {
        return false;
      }
      SafeFiles.write(reportDir, e.getKey(), Files.readString(copy, StandardCharsets.UTF_8));
    }
    return true;
  }

  /** Records a run, with a copy of each report it wrote (name → content). */
  public void store(CacheEntry entry, Map<String, String> reports) throws IOException {
    for (Map.Entry<String, String> e : reports.entrySet()) {
      SafeFiles.write(dir, copyName(e.getKey()), e.getValue());
    }
    SafeFiles.write(dir, goal + ".cache", entry.write());
  }

  private String copyName(String report) {
    return goal + "." + report;
  }

  private Optional<CacheEntry> load() {
    try {
      Path file = dir.resolve(goal + ".cache");
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      return CacheEntry.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
