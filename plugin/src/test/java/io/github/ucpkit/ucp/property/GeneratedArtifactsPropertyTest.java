package io.github.ucpkit.ucp.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.e2e.support.ComposeBatch;
import io.github.ucpkit.ucp.e2e.support.RealCheckers;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.model.route.Problem;
import io.github.ucpkit.ucp.model.route.Routes;
import io.github.ucpkit.ucp.model.route.Unresolved;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * "Validate accepts ⇒ generate renders ⇒ every real tool accepts", on random projects
 * ({@link RandomProject}): a project valid by construction must be accepted, rendered, and pass
 * haproxy -c -dW, nginx -t, named-checkzone and docker-compose config; a mutated one must be
 * rejected with an error of exactly the rule its mutation targets (any other error does not count).
 * Either way every route the shared derivation cannot resolve must be reported by a rule its
 * {@link Problem} names, and an accepted project has none. 500 projects per build ({@link Tries});
 * {@code -Pthorough} runs 10,000; every mutation kind must occur.
 */
class GeneratedArtifactsPropertyTest {

  private static Path work;
  private static ComposeBatch compose;

  private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();
  /** Valid projects in interlock2 mode whose interlock.toml and proxy-lb.cfg the real checks passed. */
  private static final java.util.concurrent.atomic.AtomicInteger INTERLOCK2 = new java.util.concurrent.atomic.AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    work = Files.createTempDirectory("ucp-properties-");
    compose = new ComposeBatch(work);
  }

  @AfterAll
  static void stop() throws IOException {
    compose.close();
    System.out.println("random projects: " + new TreeMap<>(OUTCOMES) + ", valid in interlock2 mode: " + INTERLOCK2.get());
    if (OUTCOMES.values().stream().mapToInt(Integer::intValue).sum() >= 500) {
      assertTrue(OUTCOMES.getOrDefault("valid", 0) >= 150, "too few valid projects: " + OUTCOMES);
      Set<String> missing = new TreeSet<>(Mutations.names());
      missing.removeAll(OUTCOMES.keySet());
      assertTrue(missing.isEmpty(), "mutations never drawn: " + missing);
      assertTrue(INTERLOCK2.get() >= 10, "too few valid interlock2 projects: " + INTERLOCK2.get());
    }
    try (Stream<Path> walk = Files.walk(work)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @TestFactory
  Stream<DynamicTest> validatedMeansRenderedMeansAcceptedByTheRealPrograms() {
    return Tries.of("project", RandomProject::of, GeneratedArtifactsPropertyTest::check);
  }

  private static void check(RandomProject p) throws Exception {
    Path dir = Files.createTempDirectory(work, "p");
    Path apps = Files.createDirectories(dir.resolve("apps"));
    for (Map.Entry<String, String> app : p.apps().entrySet()) {
      Path file = apps.resolve(app.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, app.getValue());
    }
    Path topology = Files.writeString(dir.resolve("topology.yml"), p.topology());
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(apps), Optional.of(topology), Set.of(topology), Map.of()));
    Set<String> errors = v.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
    OUTCOMES.merge(p.mutation().map(RandomProject.Mutation::name).orElse("valid"), 1, Integer::sum);
    everyUnresolvedRouteIsReported(v, errors, p);
    if (p.mutation().isPresent()) {
      String rule = p.mutation().get().rule();
      assertTrue(errors.contains(rule), () -> "expected " + rule + ", got " + describe(v) + "\n" + p);
      return;
    }
    assertTrue(errors.isEmpty(), () -> "a project valid by construction was rejected: " + describe(v) + "\n" + p);
    assertEquals(List.of(), Routes.of(v.inputs().compose()).unresolved(), "accepted, yet a route is unresolved");
    List<Artifact> artifacts = Pipeline.render(v, dir, SerialPolicy.of("2026-11-26T00:00:00Z"));
    Path out = Files.createDirectories(dir.resolve("out"));
    for (Artifact a : artifacts) {
      Path file = Files.writeString(out.resolve(a.name()), a.content());
      try {
        RealCheckers.artifact(a.name(), a.content(), file, dir, compose::check);
      } catch (AssertionError e) {
        fail(e.getMessage() + "\n--- project\n" + p, e);
      }
    }
    if (artifacts.stream().anyMatch(a -> a.name().equals("interlock.toml"))) {
      INTERLOCK2.incrementAndGet();
    }
  }

  /** The resolver and the rules agree: an unresolved route always comes with an error of a rule that owns its problem. */
  private static void everyUnresolvedRouteIsReported(Pipeline.Validated v, Set<String> errors, RandomProject p) {
    for (Unresolved u : Routes.of(v.inputs().compose()).unresolved()) {
      u.issues().forEach(issue -> assertTrue(issue.problem().reportedBy().stream().anyMatch(errors::contains),
          () -> "route of " + u.service().name() + " is unresolved (" + issue + ") but none of "
              + issue.problem().reportedBy() + " reported it: " + describe(v) + "\n" + p));
    }
  }

  private static String describe(Pipeline.Validated v) {
    return v.diagnostics().stream().filter(Diagnostic::isError)
        .map(d -> d.at().file().getFileName() + ":" + d.at().line() + " " + d.ruleId() + " " + d.message())
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
