package io.github.ucpkit.ucp.write;

import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.load.Disk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Replaces the artifact set of an output directory as a whole. Everything is staged and checked
 * first; only then is the switch decided ({@link Journal}) and carried out, so the directory holds
 * the previous complete set or the new one. Files this plugin wrote before and no longer generates
 * (listed in {@value #MANIFEST}) go with the switch; anything else in the directory is left alone.
 */
public final class ArtifactWriter {

  public static final String MANIFEST = Disk.GENERATED_MANIFEST;

  /**
   * What a write changed, for the log.
   *
   * @param manifestChanged whether the manifest was rewritten (its list of names changed, or it was
   *     missing or edited)
   */
  public record Result(List<String> written, List<String> unchanged, List<String> removed, boolean manifestChanged) {

    /** Every file the write replaced, created or removed, the manifest included. */
    public List<String> changed() {
      List<String> out = new ArrayList<>(written);
      out.addAll(removed);
      if (manifestChanged) {
        out.add(MANIFEST);
      }
      return out;
    }
  }

  private ArtifactWriter() {}

  /** Locks {@code dir}, recovers it if needed, and replaces its set with {@code artifacts}. */
  public static Result write(Path dir, List<Artifact> artifacts) throws IOException {
    Path out = dir.toAbsolutePath().normalize();
    try (OutputDirectory od = OutputDirectory.forWriting(out, out.getParent() == null ? out : out.getParent())) {
      return od.replace(artifacts);
    }
  }

  /** The switch itself; the caller holds the directory's lock. */
  static Result replace(Path out, List<Artifact> artifacts) throws IOException {
    Set<String> previous = manifest(out);
    Set<String> now = artifacts.stream().map(Artifact::name).collect(Collectors.toCollection(TreeSet::new));
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<Artifact> changed = new ArrayList<>();
    for (Artifact a : artifacts) {
      refuseNonFile(out, a.name());
      if (same(out, a.name(), a.content())) {
        unchanged.add(a.name());
      } else {
        written.add(a.name());
        changed.add(a);
      }
    }
    List<String> removed = new ArrayList<>();
    for (String stale : previous) {
      if (!now.contains(stale) && Files.isRegularFile(SafeFiles.inside(out, stale), LinkOption.NOFOLLOW_LINKS)) {
        removed.add(stale);
      }
    }
    String manifest = manifestText(now);
    refuseNonFile(out, MANIFEST);
    boolean manifestChanged = !same(out, MANIFEST, manifest);
    if (changed.isEmpty() && removed.isEmpty() && !manifestChanged) {
      return new Result(written, unchanged, removed, false);
    }
    Path staging = Staging.create(out);
    List<String> install = new ArrayList<>();
    try {
      for (Artifact a : changed) {
        stage(staging, a.name(), a.content());
        install.add(a.name());
      }
      if (manifestChanged) {
        stage(staging, MANIFEST, manifest);
        install.add(MANIFEST);
      }
      Durable.sync(staging.resolve("new"));
    } catch (IOException | RuntimeException e) {
      Staging.delete(staging);
      throw e;
    }
    Journal journal = new Journal(staging.getFileName().toString(), install, removed);
    try {
      journal.commit(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(out.resolve(Journal.NAME));
      Staging.delete(staging);
      throw e;
    }
    try {
      journal.apply(out);
    } catch (IOException | RuntimeException e) {
      try {
        journal.rollBack(out);
      } catch (IOException | RuntimeException again) {
        e.addSuppressed(again); // the journal stays: the next run rolls forward
      }
      throw e;
    }
    return new Result(written, unchanged, removed, manifestChanged);
  }

  private static void stage(Path staging, String name, String content) throws IOException {
    Path p = SafeFiles.inside(staging.resolve("new"), name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    Durable.sync(p);
  }

  private static boolean same(Path out, String name, String content) throws IOException {
    Path p = SafeFiles.inside(out, name);
    return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && OnDisk.same(Files.readAllBytes(p), content);
  }

  /** Only a regular file, or nothing, may stand where an artifact goes: checked before anything moves. */
  private static void refuseNonFile(Path out, String name) throws IOException {
    Path p = SafeFiles.inside(out, name);
    if (Files.isSymbolicLink(p)) {
      throw new IOException("refusing to write " + name + ": it is a symbolic link in " + out
          + " (remove it; generated files are written as regular files)");
    }
    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("refusing to write " + name + ": something that is not a regular file (a directory?) is in its place in "
          + out + "; remove it. Nothing was changed");
    }
  }

  /** The names the last write recorded; empty when there was none. */
  static Set<String> manifest(Path dir) throws IOException {
    Path m = dir.resolve(MANIFEST);
    Set<String> names = new TreeSet<>();
    if (Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
      String text = OnDisk.text(Files.readAllBytes(m)).orElse("");
      for (String line : text.split("\n")) {
        String name = line.strip();
        // only names this plugin could have written: a hand-edited line never makes it remove anything else
        if (Artifact.isName(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  static String manifestText(Collection<String> names) {
    StringBuilder sb = new StringBuilder("# Files generated by ucp-maven-plugin; it removes them when they are no longer generated.\n");
    new TreeSet<>(names).forEach(n -> sb.append(n).append('\n'));
    return sb.toString();
  }
}
