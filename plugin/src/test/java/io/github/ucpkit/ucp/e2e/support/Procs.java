package io.github.ucpkit.ucp.e2e.support;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops a process we started, by its PID: polite first, then forced, and never anything else. */
public final class Procs {

  private static final long GRACE_MS = 5_000;

  private Procs() {}

  /**
   * SIGTERM, wait, SIGKILL. Children (nginx and haproxy workers) are collected before the parent
   * goes, because a force-killed master leaves its workers running and re-parented away from us.
   */
  public static void stop(ProcessHandle process) {
    List<ProcessHandle> children = process.descendants().toList();
    stopOne(process);
    for (ProcessHandle child : children) {
      stopOne(child);
    }
  }

  private static void stopOne(ProcessHandle p) {
    if (!p.isAlive()) {
      return;
    }
    p.destroy();
    if (!waitFor(p, GRACE_MS)) {
      p.destroyForcibly();
      waitFor(p, GRACE_MS);
    }
  }

  private static boolean waitFor(ProcessHandle p, long millis) {
    try {
      p.onExit().get(millis, TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !p.isAlive();
    } catch (java.util.concurrent.ExecutionException e) {
      return !p.isAlive();
    }
  }
}
