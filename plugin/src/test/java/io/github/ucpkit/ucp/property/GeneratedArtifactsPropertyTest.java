package io.github.ucpkit.ucp.property;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.e2e.support.ComposeBatch;
import io.github.ucpkit.ucp.e2e.support.RealCheckers;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For random projects, valid and mutated: either validation fails with errors, or every generated
 * artifact passes the real programs (haproxy -c -dW, nginx -t, named-checkzone, docker-compose
 * config) and no load-balancer or DNS file holds text from a mutated value. 500 projects per build
 * ({@link Tries}); {@code -Pthorough} runs 10,000. Both outcomes must occur, or the property proves nothing.
 */
class GeneratedArtifactsPropertyTest {

  private static Path work;
  private static ComposeBatch compose;

  private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();

  @BeforeAll
  static void start() throws IOException {
    work = Files.createTempDirectory("ucp-properties-");
    compose = new ComposeBatch(work);
  }

  @AfterAll
  static void stop() throws IOException {
    compose.close();
    System.out.println("random projects: " + new TreeMap<>(OUTCOMES));
    if (OUTCOMES.values().stream().mapToInt(Integer::intValue).sum() >= 100) {
      assertTrue(OUTCOMES.getOrDefault("generated", 0) >= 10, "too few random projects were accepted: " + OUTCOMES);
      assertTrue(OUTCOMES.getOrDefault("rejected", 0) >= 10, "too few random projects were rejected: " + OUTCOMES);
    }
    try (Stream<Path> walk = Files.walk(work)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @TestFactory
  Stream<DynamicTest> eitherRejectedOrAcceptedByTheRealPrograms() {
    return Tries.of("project", RandomProject::of, GeneratedArtifactsPropertyTest::check);
  }

  private static void check(RandomProject p) throws Exception {
    Path dir = Files.createTempDirectory(work, "p");
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("docker-compose.yml"), p.compose());
    Path topology = Files.writeString(dir.resolve("topology.yml"), p.topology());
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(app), Optional.of(topology), Set.of(topology), Map.of()));
    OUTCOMES.merge(v.hasErrors() ? "rejected" : "generated", 1, Integer::sum);
    OUTCOMES.merge(p.markers().isEmpty() ? "not mutated" : "mutated", 1, Integer::sum);
    if (v.hasErrors()) {
      assertTrue(v.diagnostics().stream().anyMatch(Diagnostic::isError));
      return;
    }
    List<Artifact> artifacts = Pipeline.render(v, dir, SerialPolicy.of("2026-11-26T00:00:00Z"));
    Path out = Files.createDirectories(dir.resolve("out"));
    for (Artifact a : artifacts) {
      Files.writeString(out.resolve(a.name()), a.content());
    }
    for (Artifact a : artifacts) {
      Path file = out.resolve(a.name());
      boolean appCopy = a.name().endsWith(".yml") && !a.name().equals("lb-stack.yml");
      if (!appCopy) {
        for (String marker : p.markers()) {
          assertFalse(a.content().contains(marker.substring(0, marker.length() - 3)),
              () -> a.name() + " holds text from the mutated value " + marker + ":\n" + a.content());
        }
      }
      if (a.name().equals("haproxy.cfg")) {
        RealCheckers.haproxy(file);
      } else if (a.name().equals("nginx.conf")) {
        RealCheckers.nginx(a.content(), dir.resolve("nginx"));
      } else if (a.name().endsWith(".zone")) {
        RealCheckers.zone(file);
      } else {
        compose.check(file);
      }
    }
  }
}
