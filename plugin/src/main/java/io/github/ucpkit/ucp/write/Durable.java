package io.github.ucpkit.ucp.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Flushes a file or a directory's entries to the disk, so that after a power loss the journal is
 * never ahead of the files it names. Some file systems cannot sync a directory; that is their limit,
 * not an error.
 */
final class Durable {

  private Durable() {}

  static void sync(Path path) {
    boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    try (FileChannel ch = FileChannel.open(path, directory ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      // best effort: a kill leaves the page cache intact; only a power loss needs this
    }
  }
}
