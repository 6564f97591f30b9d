package io.github.ucpkit.ucp.check.lb2;

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
 * LB-MODE-001 in interlock2 mode (its fixtures show dns and static mode): a service cluster, which
 * the generated interlock.toml's single extension does not serve, is an error; every other
 * com.docker.lb.* setting (TLS, passthrough, stickiness) is served by Interlock 2 and reported by nothing.
 */
class ServiceClusterInInterlock2Test {

  @TempDir Path dir;

  @Test
  void onlyTheServiceClusterIsNotServed() throws IOException {
    Path compose = Files.writeString(dir.resolve("docker-compose.yml"), """
        version: "3.8"
        services:
          web:
            image: "example/web:1.0"
            deploy:
              labels:
                com.docker.lb.hosts: "shop.example.com"
                com.docker.lb.port: "8080"
                com.docker.lb.service_cluster: "east"
          api:
            image: "example/api:1.0"
            networks: [front]
            deploy:
              labels:
                com.docker.lb.hosts: "api.example.com"
                com.docker.lb.port: "8443"
                com.docker.lb.network: "app_front"
                com.docker.lb.ssl_passthrough: "true"
                com.docker.lb.ip_hash: "true"
        networks:
          front:
            driver: overlay
            name: app_front
        """);
    Path topology = Files.writeString(dir.resolve("topology.yml"), Interlock2Spec.with("  publishMode: host\n"));
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(compose), Optional.of(topology), Set.of(topology), Map.of()));
    List<Diagnostic> errors = v.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(List.of("LB-MODE-001 docker-compose.yml:9"),
        errors.stream().map(d -> d.ruleId() + " " + d.at().file().getFileName() + ":" + d.at().line()).toList(), errors.toString());
    assertTrue(errors.get(0).message().contains("serves no named service cluster"), errors.get(0).message());
  }
}
