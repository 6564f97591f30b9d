package io.github.ucpkit.ucp.write;

import io.github.ucpkit.ucp.emit.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The output directory, the only place this plugin writes artifacts. A writer holds its lock for
 * the whole run (so the zone serial it reads and the set it writes belong together), finishes or
 * discards what a killed run left, and replaces the whole set in one switch ({@link Journal}). A
 * reader waits for a live writer and reports what a killed one left.
 */
public final class OutputDirectory implements AutoCloseable {

  /** How long a run waits for another run writing to the same directory. */
  public static final Duration PATIENCE = Duration.ofSeconds(120);

  private final Path dir;
  private final Optional<OutputLock> lock;

  private OutputDirectory(Path dir, Optional<OutputLock> lock) {
    this.dir = dir;
    this.lock = lock;
  }

  /**
   * Locks {@code dir} for writing (creating it), after refusing a symbolic link anywhere below
   * {@code basedir} on its path, and recovers what an interrupted run left.
   */
  public static OutputDirectory forWriting(Path dir, Path basedir) throws IOException {
    Path out = SafeFiles.refuseLinks(basedir, dir);
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("the output directory " + out + " exists and is not a directory");
    }
    Files.createDirectories(out);
    OutputLock lock = OutputLock.acquire(out, PATIENCE);
    try {
      Optional<Journal> journal = Journal.find(out);
      if (journal.isPresent()) {
        journal.get().apply(out);
      }
      for (String staging : Staging.leftovers(out)) {
        Staging.delete(out.resolve(staging));
      }
      for (String abandoned : Staging.named(out, OutputLock.NAME + "-abandoned-*")) {
        Staging.delete(out.resolve(abandoned));
      }
      return new OutputDirectory(out, Optional.of(lock));
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Opens {@code dir} to compare with, waiting while another run writes to it. */
  public static OutputDirectory forReading(Path dir, Path basedir) throws IOException {
    Path out = SafeFiles.refuseLinks(basedir, dir);
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (OutputLock.heldByAnother(out) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for ucp:generate to finish writing " + out, e);
      }
    }
    return new OutputDirectory(out, Optional.empty());
  }

  public Path path() {
    return dir;
  }

  /** What a generated file holds now, as text; empty when it is absent, not a regular file or not UTF-8. */
  public Optional<String> current(String name) {
    try {
      Path p = SafeFiles.inside(dir, name);
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      return OnDisk.text(Files.readAllBytes(p));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the directory is exactly what writing these artifacts (name to SHA-256) leaves: each
   * file with that content, the manifest listing exactly them, nothing left by an interrupted run.
   * Then rendering again would find nothing to write and no drift.
   */
  public boolean holds(Map<String, String> sha256ByName) throws IOException {
    if (!interrupted().isEmpty()) {
      return false;
    }
    for (Map.Entry<String, String> e : sha256ByName.entrySet()) {
      Optional<String> now = current(e.getKey());
      if (now.isEmpty() || !Artifact.sha256(now.get()).equals(e.getValue())) {
        return false;
      }
    }
    return current(ArtifactWriter.MANIFEST).equals(Optional.of(ArtifactWriter.manifestText(sha256ByName.keySet())));
  }

  /** Replaces the whole set: afterwards the directory holds exactly {@code artifacts} and their manifest. */
  public ArtifactWriter.Result replace(List<Artifact> artifacts) throws IOException {
    if (lock.isEmpty()) {
      throw new IllegalStateException("opened for reading");
    }
    return ArtifactWriter.replace(dir, artifacts);
  }

  /** How the directory differs from {@code artifacts}, including what an interrupted run left. */
  public List<Drift.FileDrift> drift(List<Artifact> artifacts) throws IOException {
    List<Drift.FileDrift> out = new ArrayList<>(Drift.compare(dir, artifacts, ArtifactWriter.manifest(dir)));
    out.addAll(interrupted());
    return out;
  }

  /** Leftovers of a run that was killed while writing here. */
  List<Drift.FileDrift> interrupted() throws IOException {
    List<Drift.FileDrift> out = new ArrayList<>();
    if (Files.exists(dir.resolve(Journal.NAME), LinkOption.NOFOLLOW_LINKS)) {
      out.add(Drift.interrupted(Journal.NAME, "a ucp:generate run was killed while switching to a new set of artifacts"));
    }
    for (String staging : Staging.leftovers(dir)) {
      out.add(Drift.interrupted(staging, "a ucp:generate run was killed while staging new artifacts"));
    }
    if (lock.isEmpty() && Files.exists(dir.resolve(OutputLock.NAME), LinkOption.NOFOLLOW_LINKS)
        && !OutputLock.heldByAnother(dir)) {
      out.add(Drift.interrupted(OutputLock.NAME, "a ucp:generate run was killed while holding the directory's lock"));
    }
    for (String abandoned : Staging.named(dir, OutputLock.NAME + "-abandoned-*")) {
      out.add(Drift.interrupted(abandoned, "a ucp:generate run was killed while taking over an abandoned lock"));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    if (lock.isPresent()) {
      lock.get().close();
    }
  }
}
