package io.github.ucpkit.ucp.check.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.e2e.support.Interlock2Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TOPO-ELB-003 in interlock2 mode (its fixtures show interlock mode): the status page and a
 * service's own limit labels are reported, the cluster's limits are not, since interlock.toml
 * carries them to the proxies.
 */
class IgnoredInInterlock2ModeTest {

  @TempDir Path dir;

  @Test
  void reportsTheStatusPageAndServiceLimitsButNotTheClustersLimits() throws IOException {
    Path compose = Files.writeString(dir.resolve("docker-compose.yml"), """
        version: "3.8"
        services:
          web:
            image: "example/web:1.0"
            deploy:
              labels:
                com.docker.lb.hosts: "shop.example.com"
                com.docker.lb.port: "8080"
                io.github.ucpkit.lb.client_max_body_size: "10m"
        """);
    Path topology = Files.writeString(dir.resolve("topology.yml"), Interlock2Spec.with("""
          clientMaxBodySize: 32m
          proxyReadTimeout: 90s
          status: { address: 127.0.0.1, port: 8081 }
        """));
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(compose), Optional.of(topology), Set.of(topology), Map.of()));
    List<Diagnostic> found = v.diagnostics().stream().filter(d -> d.ruleId().equals("TOPO-ELB-003")).toList();
    assertEquals(List.of("docker-compose.yml:9", "topology.yml:22"),
        found.stream().map(d -> d.at().file().getFileName() + ":" + d.at().line()).toList(), found.toString());
    assertTrue(found.get(1).message().contains("status has no effect in interlock2 mode"), found.get(1).message());
    assertTrue(found.get(0).message().contains("interlock.toml"), found.get(0).message());
  }
}
