package io.github.ucpkit.ucp.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A long-running program (haproxy, nginx, named) started by a test: output goes to a file (no pipe
 * can fill up and stall it), and {@link #close()} stops it by PID. Use it in try-with-resources or
 * close it in {@code @AfterEach}.
 */
public final class Server implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;

  private Server(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code command} with stdout and stderr appended to {@code log}. */
  public static Server start(String name, List<String> command, Path dir, Path log) {
    ProcessBuilder pb = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    try {
      return new Server(name, pb.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Everything the program printed so far. */
  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  /**
   * Polls {@code ready} until it holds; fails at once, with the log, when the program has exited
   * (a config it rejected), and at the deadline otherwise.
   */
  public void awaitReady(String what, Duration deadline, BooleanSupplier ready) {
    Poll.until(name + ": " + what, deadline, () -> {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + " before " + what + "; its output:\n" + log());
      }
      return ready.getAsBoolean();
    }, this::log);
  }

  /** Stops the program and whatever children it forked, by PID. */
  @Override
  public void close() {
    Procs.stop(process.toHandle());
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ")";
  }
}
