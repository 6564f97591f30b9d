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
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * For random projects, valid and mutated: either validation fails with errors, or every generated
 * artifact passes the real programs (haproxy -c -dW, nginx -t, named-checkzone, docker-compose
 * config) and no load-balancer or DNS file holds text from a mutated value. 500 tries per build
 * (junit-platform.properties); {@code -Pthorough} runs 10,000.
 */
class GeneratedArtifactsProperties {

  private static Path work;
  private static ComposeBatch compose;

  @BeforeContainer
  static void start() throws IOException {
    work = Files.createTempDirectory("ucp-properties-");
    compose = new ComposeBatch(work);
  }

  @AfterContainer
  static void stop() throws IOException {
    compose.close();
    try (Stream<Path> walk = Files.walk(work)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<RandomProject> projects() {
    return Arbitraries.randomValue(RandomProject::of).withoutEdgeCases();
  }

  @Property(seed = "20261126")
  void eitherRejectedOrAcceptedByTheRealPrograms(@ForAll("projects") RandomProject p) throws Exception {
    Path dir = Files.createTempDirectory(work, "p");
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("docker-compose.yml"), p.compose());
    Path topology = Files.writeString(dir.resolve("topology.yml"), p.topology());
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(app), Optional.of(topology), Set.of(topology), Map.of()));
    Statistics.label("outcome").collect(v.hasErrors() ? "rejected" : "generated");
    Statistics.label("mutated").collect(p.markers().isEmpty() ? "no" : "yes");
    if (v.hasErrors()) {
      v.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::ruleId).distinct()
          .forEach(id -> Statistics.label("errors").collect(id));
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
