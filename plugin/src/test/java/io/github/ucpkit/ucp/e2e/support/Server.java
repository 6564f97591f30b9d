package io.github.ucpkit.ucp.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  private final boolean wrapped;

  private Server(String name, Process process, Path log, boolean wrapped) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.wrapped = wrapped;
  }

  /**
   * Starts {@code command} with stdout and stderr appended to {@code log}. Under coreutils'
   * {@code timeout -k 5 <limit>} when it is there, so the program ends by itself even if the JVM
   * running the test dies before it can stop it.
   */
  public static Server start(String name, List<String> command, Path dir, Path log, Duration limit) {
    List<String> full = new ArrayList<>();
    Tools.find("timeout").ifPresent(t -> full.addAll(List.of(t.toString(), "-k", "5", limit.toSeconds() + "s")));
    full.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(full)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    try {
      return new Server(name, pb.start(), log, full.size() > command.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + full, e);
    }
  }

  /**
   * The PID of the program itself (haproxy's or nginx's master, which is what their pid files
   * hold), below the {@code timeout} wrapper if there is one; empty until it has been forked.
   */
  public Optional<Long> programPid() {
    if (!wrapped) {
      return Optional.of(process.pid());
    }
    return process.children().map(ProcessHandle::pid).findFirst();
  }

  /** True once {@code pidFile} holds the program's PID (the master writes it after binding its sockets). */
  public boolean wrotePidFile(Path pidFile) {
    try {
      Optional<Long> pid = programPid();
      return pid.isPresent() && Files.exists(pidFile) && Files.readString(pidFile).strip().equals(pid.get().toString());
    } catch (IOException e) {
      return false;
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
