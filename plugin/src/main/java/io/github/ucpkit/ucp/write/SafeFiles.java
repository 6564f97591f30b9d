package io.github.ucpkit.ucp.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes one file inside a directory, atomically (temp file + rename), refusing any name that would
 * land outside the directory and any symlink planted where the file goes.
 */
public final class SafeFiles {

  private SafeFiles() {}

  /** Resolves {@code name} under {@code dir}, or throws when it would escape it. */
  public static Path inside(Path dir, String name) throws IOException {
    if (name.isEmpty() || name.indexOf('\0') >= 0) {
      throw new IOException("refusing file name \"" + name.replace("\0", "\\0") + "\"");
    }
    Path base = dir.toAbsolutePath().normalize();
    Path target = base.resolve(name).normalize();
    if (!target.startsWith(base) || target.equals(base)) {
      throw new IOException("refusing to write \"" + name + "\" outside " + base);
    }
    return target;
  }

  /**
   * The absolute form of {@code dir}, after refusing a symbolic link at any of its components below
   * {@code basedir} (a link planted at {@code lnk} of {@code lnk/out} would take the writes
   * elsewhere) and at its last component wherever it is. Links above the project directory are the
   * machine's business ({@code /tmp} on some systems), not the project's.
   */
  public static Path refuseLinks(Path basedir, Path dir) throws IOException {
    Path out = dir.toAbsolutePath().normalize();
    Path base = basedir.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(out)) {
      throw new IOException("refusing to use " + out + ": it is a symbolic link (give the real directory)");
    }
    if (out.startsWith(base)) {
      Path p = base;
      for (Path part : base.relativize(out)) {
        p = p.resolve(part);
        if (Files.isSymbolicLink(p)) {
          throw new IOException("refusing to use " + out + ": " + p + " on its path is a symbolic link (give the real directory)");
        }
      }
    }
    return out;
  }

  public static void write(Path dir, String name, String content) throws IOException {
    Path target = inside(dir, name);
    Files.createDirectories(target.getParent());
    if (Files.isSymbolicLink(target)) {
      throw new IOException("refusing to write through the symbolic link " + target);
    }
    // not createTempFile: its owner-only permissions would stick to the report
    Path tmp = target.resolveSibling(".ucp-" + UUID.randomUUID() + ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
