package io.github.ucpkit.ucp.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.e2e.support.Project;
import io.github.ucpkit.ucp.e2e.support.RealCheckers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes of an MKE 3 haproxy.cfg the golden scenarios do not show: no registry (wildcard binds,
 * as on UCP 2.x), a controller port other than 443 (in the servers, the checks and the redirect), a
 * registry sharing the controllers' VIP on ports of its own, an IPv4-mapped VIP bound in its own
 * family. Each passes {@code haproxy -c -dW}.
 */
class MkeHaproxyTest {

  @TempDir Path dir;

  @Test
  void withoutARegistryEveryFrontendBindsEveryInterface() throws IOException {
    String cfg = haproxy(spec("", ""), "plain");
    assertContains(cfg, "    bind :443\n    default_backend ucp_controllers\n");
    assertContains(cfg, "    bind :6443\n    default_backend ucp_kubernetes\n");
    assertFalse(cfg.contains("ip_nonlocal_bind"), "no second VIP, no note about binding it:\n" + cfg);
  }

  @Test
  void anotherControllerPortIsUsedEverywhereTheChecksGo() throws IOException {
    String cfg = haproxy(spec("  port: 4443\n  kubernetesPort: 7443\n", ""), "ports");
    assertContains(cfg, "    http-request redirect prefix https://mke.example.com:4443 code 301\n");
    assertContains(cfg, "    bind :4443\n    default_backend ucp_controllers\n");
    assertContains(cfg, "    server mke2 10.10.10.12:4443 check check-ssl verify none\n");
    assertContains(cfg, "    # healthy means MKE answers /_ping on 4443, whatever the Kubernetes API says\n");
    assertContains(cfg, "    server mke2 10.10.10.12:7443 check port 4443 check-ssl verify none\n");
    assertContains(cfg, "# A manager is healthy when GET /_ping over TLS on 4443 answers 200; one that fails leaves both ports.\n");
    assertFalse(cfg.contains(":443"), "no port 443 is left:\n" + cfg);
  }

  @Test
  void aRegistryOnTheControllersVipBindsThatAddressOnItsOwnPorts() throws IOException {
    String cfg = haproxy(spec("", registry("10.10.10.10", "  httpPort: 8080\n  httpsPort: 8443\n")), "shared");
    assertContains(cfg, "    bind 10.10.10.10:443\n    default_backend ucp_controllers\n");
    assertContains(cfg, "    bind 10.10.10.10:8080\n    default_backend registry_http\n");
    assertContains(cfg, "    bind 10.10.10.10:8443\n    default_backend registry_replicas\n");
    assertContains(cfg, "    server msr2 10.10.30.12:8080 check port 8443 check-ssl verify none\n");
  }

  @Test
  void anIpv4MappedVipIsBoundAsIpv4() throws IOException {
    String cfg = haproxy(spec("", registry("\"::ffff:10.10.10.20\"", "")).replace("address: 10.10.10.10\n",
        "address: \"::ffff:10.10.10.10\"\n"), "mapped");
    assertContains(cfg, "    bind 10.10.10.10:6443\n");
    assertContains(cfg, "    bind 10.10.10.20:443\n");
  }

  @Test
  void theSummaryCountsTheRegistrysReplicas() throws IOException {
    Path root = Files.createDirectories(dir.resolve("facts"));
    Path compose = Files.writeString(root.resolve("docker-compose.yml"), COMPOSE, StandardCharsets.UTF_8);
    Path topology = Files.writeString(root.resolve("topology.yml"), spec("", registry("10.10.10.20", "")), StandardCharsets.UTF_8);
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(compose), Optional.of(topology), Set.of(topology), Map.of()));
    assertEquals(List.of("3 controllers tolerate 1 failure", "3 registry replicas tolerate 1 failure"), v.facts());
  }

  private String haproxy(String topology, String name) throws IOException {
    String cfg = Project.artifact(Project.render(dir.resolve(name), COMPOSE, topology), "haproxy.cfg");
    Path file = Files.writeString(Files.createDirectories(dir.resolve(name + "-out")).resolve("haproxy.cfg"), cfg);
    RealCheckers.haproxy(file);
    return cfg;
  }

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), "expected:\n" + part + "in:\n" + text);
  }

  private static final String COMPOSE = "version: \"2.4\"\nservices:\n  web:\n    image: \"nginx:1.22.1\"\n";

  private static String registry(String vip, String ports) {
    return "registry:\n  fqdn: msr.example.com\n  loadBalancer:\n    address: " + vip + "\n" + ports + "  nodes:\n"
        + "    - { name: msr1, address: 10.10.30.11, sans: [msr.example.com] }\n"
        + "    - { name: msr2, address: 10.10.30.12, sans: [msr.example.com] }\n"
        + "    - { name: msr3, address: 10.10.30.13, sans: [msr.example.com] }\n";
  }

  private static String spec(String controllerPorts, String registry) {
    return "version: \"1\"\ncluster:\n  name: prod\n  domain: example.com\n  platform: mke3\n"
        + "controllers:\n  fqdn: mke.example.com\n" + controllerPorts
        + "  loadBalancer:\n    address: 10.10.10.10\n  nodes:\n"
        + "    - { name: mke1, address: 10.10.10.11, sans: [mke.example.com] }\n"
        + "    - { name: mke2, address: 10.10.10.12, sans: [mke.example.com] }\n"
        + "    - { name: mke3, address: 10.10.10.13, sans: [mke.example.com] }\n"
        + registry
        + "nodes:\n  - { name: node1, address: 10.10.20.11 }\n  - { name: node2, address: 10.10.20.12 }\n"
        + "  - { name: node3, address: 10.10.20.13 }\n  - { name: lb, address: 10.10.20.10, loadBalancer: true }\n"
        + "dns:\n  nameservers:\n    - { name: ns1.example.com, address: 10.10.0.53 }\n"
        + "    - { name: ns2.example.com, address: 10.10.1.53 }\n";
  }
}
