package io.github.ucpkit.ucp.fuzz;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.e2e.support.ComposeBatch;
import io.github.ucpkit.ucp.e2e.support.RealCheckers;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What must hold for every input, hostile or not: the run ends within {@link #SECONDS_PER_INPUT}
 * with diagnostics only (no exception, no Error such as StackOverflowError or OutOfMemoryError);
 * when it finds no error, rendering succeeds; and what it renders passes haproxy, nginx,
 * named-checkzone and docker-compose.
 */
final class Invariants implements AutoCloseable {

  static final int SECONDS_PER_INPUT = 20;

  /** How one input went: its signature (accepted or not, which rules fired), or what broke. */
  record Outcome(boolean accepted, Set<String> signature, Optional<String> violation, List<Artifact> artifacts) {}

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ucp-fuzz");
    t.setDaemon(true);
    return t;
  });

  /** Validates and renders, on a worker thread with a deadline. */
  Outcome run(FuzzInput input, Path dir) throws Exception {
    Path app = input.writeTo(dir);
    Path topology = dir.resolve("topology.yml");
    Future<Outcome> future = worker.submit(() -> {
      try {
        Pipeline.Validated v = Pipeline.validate(
            new Pipeline.Request(List.of(app), Optional.of(topology), Set.of(topology), Map.of()));
        Set<String> signature = new TreeSet<>();
        for (Diagnostic d : v.diagnostics()) {
          signature.add(d.ruleId());
        }
        if (v.hasErrors()) {
          return new Outcome(false, signature, Optional.empty(), List.of());
        }
        signature.add("accepted");
        List<Artifact> artifacts = Pipeline.render(v, dir, SerialPolicy.of("2026-11-26T00:00:00Z"));
        artifacts.forEach(a -> signature.add("artifact:" + (a.name().endsWith(".yml") && !a.name().equals("lb-stack.yml") ? "app" : a.name())));
        return new Outcome(true, signature, Optional.empty(), artifacts);
      } catch (Throwable t) {
        return new Outcome(false, Set.of(), Optional.of(stack(t)), List.of());
      }
    });
    try {
      return future.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Outcome(false, Set.of(), Optional.of("no result within " + SECONDS_PER_INPUT + " s"), List.of());
    }
  }

  /** The real programs on what an accepted input rendered; a rejection is a violation. */
  static Optional<String> realTools(Outcome o, Path dir, ComposeBatch compose) {
    try {
      Path out = Files.createDirectories(dir.resolve("out"));
      // the app file is deployed from the project directory, whose .env resolves what it keeps as ${VAR}
      Path env = dir.resolve("app/.env");
      if (Files.isRegularFile(env)) {
        Files.copy(env, out.resolve(".env"));
      }
      for (Artifact a : o.artifacts()) {
        Path file = out.resolve(a.name());
        Files.writeString(file, a.content());
        RealCheckers.artifact(a.name(), a.content(), file, dir, compose::checkDeployable);
      }
      return Optional.empty();
    } catch (Throwable t) {
      return Optional.of(stack(t));
    }
  }

  private static String stack(Throwable t) {
    StringWriter s = new StringWriter();
    t.printStackTrace(new PrintWriter(s));
    String text = s.toString();
    return text.length() > 4_000 ? text.substring(0, 4_000) + "..." : text;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
