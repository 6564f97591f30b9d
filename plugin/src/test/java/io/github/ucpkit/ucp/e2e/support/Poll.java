package io.github.ucpkit.ucp.e2e.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition by polling it, with a deadline: no fixed sleeps. */
public final class Poll {

  /** Short enough to notice readiness within a few ms, long enough not to busy-spin a shared CPU. */
  private static final long INTERVAL_MS = 25;

  private Poll() {}

  /**
   * @param context extra text for the failure message (a server's log), read only on failure
   */
  public static void until(String what, Duration deadline, BooleanSupplier condition, Supplier<String> context) {
    long end = System.nanoTime() + deadline.toNanos();
    while (true) {
      if (condition.getAsBoolean()) {
        return;
      }
      if (System.nanoTime() - end > 0) {
        throw new AssertionError("timed out after " + deadline.toMillis() + " ms waiting for " + what + "\n" + context.get());
      }
      try {
        Thread.sleep(INTERVAL_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }

  public static void until(String what, Duration deadline, BooleanSupplier condition) {
    until(what, deadline, condition, () -> "");
  }
}
