package io.github.ucpkit.ucp.e2e.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Runs a short-lived program to completion, bounded in time, and keeps what it printed. */
public final class Exec {

  /** What a finished program left: its exit code and its two output streams. */
  public record Result(List<String> command, int exit, String stdout, String stderr) {

    /** Both streams, for messages and for tools that mix them (haproxy, nginx). */
    public String output() {
      return stdout + stderr;
    }

    public String describe() {
      return String.join(" ", command) + "\nexit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
  }

  private Exec() {}

  /**
   * @param dir working directory, or null for the test's
   * @param env the whole environment, or null to inherit it
   */
  public static Result run(List<String> command, Path dir, Map<String, String> env, Duration timeout) {
    ProcessBuilder pb = new ProcessBuilder(command);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    if (env != null) {
      pb.environment().clear();
      pb.environment().putAll(env);
    }
    pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
    // drained concurrently, so a chatty program never blocks on a full pipe
    CompletableFuture<String> out = drain(p.getInputStream());
    CompletableFuture<String> err = drain(p.getErrorStream());
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        Procs.stop(p.toHandle());
        throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
      }
      return new Result(List.copyOf(command), p.exitValue(), out.get(5, TimeUnit.SECONDS), err.get(5, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Procs.stop(p.toHandle());
      throw new AssertionError("interrupted while running " + command, e);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("cannot read the output of " + command, e);
    } finally {
      if (p.isAlive()) {
        Procs.stop(p.toHandle());
      }
    }
  }

  private static CompletableFuture<String> drain(InputStream in) {
    CompletableFuture<String> f = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try (in) {
        f.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        f.completeExceptionally(e);
      }
    }, "exec-drain");
    t.setDaemon(true);
    t.start();
    return f;
  }
}
