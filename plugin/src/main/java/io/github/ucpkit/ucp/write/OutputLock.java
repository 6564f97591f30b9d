package io.github.ucpkit.ucp.write;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per output directory at a time, across processes and threads: a lock file created
 * exclusively and held with an OS lock while the writer works. The OS drops the lock when its
 * holder dies, even by {@code kill -9}, so a lock file nobody holds is known to be abandoned and is
 * taken over. The file is removed when the writer is done, so nothing stays behind in the directory.
 */
final class OutputLock implements AutoCloseable {

  static final String NAME = ".ucp-lock";

  /** Directories locked by this JVM: the OS lock cannot tell two threads of one process apart. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path dir;
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path dir, Path file, FileChannel channel, FileLock lock) {
    this.dir = dir;
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits up to {@code patience} for other writers of {@code dir}, then fails saying who holds it. */
  static OutputLock acquire(Path dir, Duration patience) throws IOException {
    long deadline = System.nanoTime() + patience.toNanos();
    Path file = dir.resolve(NAME);
    while (true) {
      if (HELD.add(dir)) {
        try {
          OutputLock got = tryCreate(dir, file);
          if (got != null) {
            return got;
          }
        } catch (IOException | RuntimeException e) {
          HELD.remove(dir);
          throw e;
        }
        HELD.remove(dir);
        if (takeOverIfAbandoned(file)) {
          continue;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("another ucp:generate (" + owner(file) + ") is writing to " + dir
            + "; waited " + patience.toSeconds() + " s. Let it finish, or run the builds one after the other");
      }
      pause();
    }
  }

  /** Whether a live writer holds {@code dir}'s lock now (a reader waits for it to finish). */
  static boolean heldByAnother(Path dir) {
    Path file = dir.resolve(NAME);
    if (HELD.contains(dir)) {
      return true;
    }
    if (!regularOrAbsent(file)) {
      return false; // not ours: opening a fifo would block; check reports it as a leftover
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      FileLock probe = ch.tryLock();
      if (probe == null) {
        return true;
      }
      probe.release();
      return false;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean regularOrAbsent(Path file) {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
  }

  private static OutputLock tryCreate(Path dir, Path file) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return null;
    }
    try {
      FileLock lock = channel.lock();
      channel.write(ByteBuffer.wrap((ManagementFactory.getRuntimeMXBean().getName() + "\n").getBytes(StandardCharsets.UTF_8)));
      return new OutputLock(dir, file, channel, lock);
    } catch (IOException | RuntimeException e) {
      channel.close();
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /**
   * A lock file whose OS lock can be taken has no living holder: it was left by a run that died.
   * It is renamed away first, so that of two runs finding it only one removes it.
   */
  private static boolean takeOverIfAbandoned(Path file) throws IOException {
    if (!regularOrAbsent(file)) {
      throw new IOException(file + " is not a regular file (a fifo, a directory or a link?); it is not a lock this plugin"
          + " writes: remove it");
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      FileLock probe = ch.tryLock();
      if (probe == null) {
        return false;
      }
      try {
        Path away = file.resolveSibling(NAME + "-abandoned-" + UUID.randomUUID());
        Files.move(file, away);
        Files.deleteIfExists(away);
      } catch (NoSuchFileException gone) {
        // another run took it over first
      } finally {
        probe.release();
      }
      return true;
    } catch (NoSuchFileException e) {
      return true;
    }
  }

  private static String owner(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      text = text.substring(0, Math.min(text.length(), 80)).replaceAll("[^A-Za-z0-9@._-]", "?");
      return text.isEmpty() ? "starting" : "process " + text;
    } catch (IOException | RuntimeException e) {
      return "unknown process";
    }
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the output directory's lock", e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
        channel.close();
      } finally {
        HELD.remove(dir);
      }
    }
  }
}
