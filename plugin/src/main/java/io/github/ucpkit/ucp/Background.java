package io.github.ucpkit.ucp;

/**
 * Work started ahead of need (compiling a schema or a template) whose result is picked up through a
 * class's static state. The run that starts it joins it before returning: Maven closes the plugin's
 * class loader after the goal, and a thread still loading classes from it then would fail.
 */
public final class Background implements AutoCloseable {

  private final Thread thread;

  private Background(Thread thread) {
    this.thread = thread;
  }

  public static Background start(String name, Runnable work) {
    // a failure here is the foreground's to report, when (and if) it needs the same class
    Thread t = new Thread(() -> {
      try {
        work.run();
      } catch (Throwable ignored) {
        // the foreground meets the same failure where it has a place to report it
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return new Background(t);
  }

  /** Waits for the work to end. */
  @Override
  public void close() {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
