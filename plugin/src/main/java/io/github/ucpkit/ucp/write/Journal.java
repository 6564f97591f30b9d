package io.github.ucpkit.ucp.write;

import io.github.ucpkit.ucp.emit.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the output directory moves from one complete set of artifacts to the next. The new set is
 * staged in full first; then this journal, naming the staging directory and every file to install
 * or remove, is written atomically. From that moment the switch is decided: files are moved into
 * place (each previous file kept in the staging directory), and a run that is killed half-way is
 * rolled forward by the next one. Before the journal exists nothing in the directory has changed,
 * so a staging directory without a journal is simply discarded.
 *
 * @param staging the staging directory's name inside the output directory
 */
record Journal(String staging, List<String> install, List<String> remove) {

  static final String NAME = ".ucp-journal";
  static final String STAGING_PREFIX = ".ucp-staging-";
  private static final String MAGIC = "ucp-journal 1";

  Journal {
    install = List.copyOf(install);
    remove = List.copyOf(remove);
  }

  /** Makes the switch decided: from here on, only rolling forward is possible. */
  void commit(Path out) throws IOException {
    StringBuilder sb = new StringBuilder(MAGIC).append('\n').append("staging ").append(staging).append('\n');
    install.forEach(n -> sb.append("install ").append(n).append('\n'));
    remove.forEach(n -> sb.append("remove ").append(n).append('\n'));
    Path tmp = out.resolve(staging).resolve("journal");
    Files.writeString(tmp, sb, StandardCharsets.UTF_8);
    Durable.sync(tmp);
    SafeFiles.move(tmp, out.resolve(NAME));
    Durable.sync(out);
  }

  /** Moves every staged file into place and every removed file out; safe to repeat after a crash. */
  void apply(Path out) throws IOException {
    Path stage = realDirectory(out.resolve(staging));
    Path fresh = realDirectory(stage.resolve("new"));
    Path old = stage.resolve("old");
    if (!Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectory(old);
    }
    realDirectory(old);
    for (String name : install) {
      Path staged = fresh.resolve(name);
      if (!Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
        continue; // installed before a crash
      }
      if (!Files.isRegularFile(staged, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(staged + " is not a regular file: this journal was not written by ucp:generate;"
            + " remove " + NAME + " and " + staging + " and run it again");
      }
      Path target = SafeFiles.inside(out, name);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.exists(old.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        SafeFiles.move(target, old.resolve(name));
      }
      SafeFiles.move(staged, target);
    }
    for (String name : remove) {
      Path target = SafeFiles.inside(out, name);
      if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        SafeFiles.move(target, old.resolve(name));
      }
    }
    Durable.sync(out);
    finish(out);
  }

  /**
   * Undoes a switch that failed in this run: puts back every previous file it moved away. Used only
   * while the run that started the switch is alive; a crashed run is rolled forward instead.
   */
  void rollBack(Path out) throws IOException {
    Path stage = out.resolve(staging);
    Path fresh = stage.resolve("new");
    Path old = stage.resolve("old");
    for (String name : install) {
      Path target = SafeFiles.inside(out, name);
      if (Files.exists(fresh.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.exists(old.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
          SafeFiles.move(old.resolve(name), target);
        }
        continue; // never installed
      }
      if (Files.exists(old.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        SafeFiles.move(old.resolve(name), target);
      } else {
        Files.deleteIfExists(target);
      }
    }
    for (String name : remove) {
      if (Files.exists(old.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        SafeFiles.move(old.resolve(name), SafeFiles.inside(out, name));
      }
    }
    finish(out);
  }

  private void finish(Path out) throws IOException {
    Files.deleteIfExists(out.resolve(NAME));
    Staging.delete(out.resolve(staging));
  }

  /** A directory that is really one (a symbolic link planted here could lead the moves anywhere). */
  private Path realDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(dir + " is not a real directory: this journal was not written by ucp:generate;"
          + " remove " + NAME + " and " + staging + " and run it again");
    }
    return dir;
  }

  /** The journal a killed run left in {@code out}, if any. */
  static Optional<Journal> find(Path out) throws IOException {
    Path file = out.resolve(NAME);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(file + " is not a regular file; remove it (it should be a ucp:generate journal)");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
      throw new IOException(file + " is not a journal this plugin can read; remove it and run ucp:generate again");
    }
    String staging = null;
    List<String> install = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      int space = line.indexOf(' ');
      String value = space < 0 ? "" : line.substring(space + 1);
      boolean staged = line.startsWith("staging ");
      if (!plain(value) || (!staged && !ours(value))) {
        throw new IOException(file + " names a file ucp:generate never writes; remove it and run ucp:generate again");
      }
      switch (space < 0 ? line : line.substring(0, space)) {
        case "staging" -> staging = value;
        case "install" -> install.add(value);
        case "remove" -> remove.add(value);
        default -> throw new IOException(file + " has an unknown line; remove it and run ucp:generate again");
      }
    }
    if (staging == null || !staging.startsWith(STAGING_PREFIX)) {
      throw new IOException(file + " names no staging directory; remove it and run ucp:generate again");
    }
    return Optional.of(new Journal(staging, install, remove));
  }

  /** A name this plugin writes: an artifact's or the manifest's. */
  static boolean ours(String name) {
    return name.equals(ArtifactWriter.MANIFEST) || Artifact.isName(name);
  }

  /** A bare file name: what the journal and the manifest may name, nothing that leaves the directory. */
  static boolean plain(String name) {
    return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
        && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
  }
}
