package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.e2e.support.Backend;
import io.github.ucpkit.ucp.e2e.support.Exec;
import io.github.ucpkit.ucp.e2e.support.HaproxyLoopback;
import io.github.ucpkit.ucp.e2e.support.HaproxyStats;
import io.github.ucpkit.ucp.e2e.support.Loopback;
import io.github.ucpkit.ucp.e2e.support.Project;
import io.github.ucpkit.ucp.e2e.support.RawHttp;
import io.github.ucpkit.ucp.e2e.support.SelfSigned;
import io.github.ucpkit.ucp.e2e.support.Server;
import io.github.ucpkit.ucp.e2e.support.Tools;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An MKE 3 haproxy.cfg with a registry VIP, run by the real HAProxy on loopback. Three in-process
 * HTTPS "managers" (127.0.0.11-13) each serve MKE's port and, as a second server with the same
 * certificate, the Kubernetes API port; three "replicas" (127.0.0.21-23) serve MSR's HTTPS port and
 * a plain HTTP port. The spec names those ports and the loopback VIPs (127.0.0.10 for the managers,
 * 127.0.0.20 for the registry), so the generated file runs as written: only the redirect's port 80
 * moves to a free port. Every backend answers with its own name, so a response says which machine
 * and which port served it.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class MkeHaproxyEndToEndTest {

  private static final List<String> MANAGERS = List.of("mke1", "mke2", "mke3");
  private static final List<String> REPLICAS = List.of("msr1", "msr2", "msr3");
  private static final String FQDN = "mke.example.com";
  private static final InetAddress VIP = Loopback.address("127.0.0.10");
  private static final InetAddress REGISTRY_VIP = Loopback.address("127.0.0.20");
  /** Long enough for the first checks (spread over inter 2s) and a DOWN after fall 3 × inter 2s. */
  private static final Duration STATE_CHANGE = Duration.ofSeconds(20);

  @TempDir static Path shared;
  private static Map<String, SSLContext> certificates;

  @TempDir Path dir;
  private final List<Backend> backends = new ArrayList<>();
  private Server haproxy;
  private Path adminSocket;
  private int controllerPort;
  private int kubePort;
  private int registryHttp;
  private int registryHttps;
  private int redirectPort;

  @BeforeAll
  static void makeCertificates() throws IOException {
    Tools.require("haproxy");
    Path certs = Files.createDirectories(shared.resolve("certs"));
    certificates = new TreeMap<>();
    for (String name : List.of("mke1", "mke2", "mke3", "msr1", "msr2", "msr3")) {
      certificates.put(name, SelfSigned.serverContext(name, certs));
    }
  }

  /** Starts the machines on free ports, then renders the spec that names those ports, and runs it. */
  @BeforeEach
  void start() throws IOException {
    controllerPort = machines(MANAGERS, "127.0.0.1", "", (name, at) -> Backend.https(name, at, certificates.get(name)));
    kubePort = machines(MANAGERS, "127.0.0.1", "-kube", (name, at) -> Backend.https(name, at, certificates.get(base(name))));
    registryHttps = machines(REPLICAS, "127.0.0.2", "", (name, at) -> Backend.https(name, at, certificates.get(name)));
    registryHttp = machines(REPLICAS, "127.0.0.2", "-http", Backend::http);
    redirectPort = Loopback.freePort(VIP);
    adminSocket = dir.resolve("admin.sock");
    String generated = Project.artifact(Project.render(Files.createDirectories(dir.resolve("project")), COMPOSE,
        TOPOLOGY.formatted(controllerPort, kubePort, adminSocket, registryHttp, registryHttps)), "haproxy.cfg");
    String copy = HaproxyLoopback.moveBind(generated, "127.0.0.10:80", redirectPort);
    Path cfg = Files.writeString(dir.resolve("haproxy.cfg"), copy, StandardCharsets.UTF_8);
    Exec.Result checked = Exec.run(List.of(Tools.require("haproxy").toString(), "-c", "-dW", "-f", cfg.toString()),
        dir, null, Duration.ofSeconds(30));
    assertEquals(0, checked.exit(), "haproxy rejects the loopback copy:\n" + checked.describe());
    Path pidFile = dir.resolve("haproxy.pid");
    haproxy = Server.start("haproxy", List.of(Tools.require("haproxy").toString(), "-W", "-db", "-dR", "-p", pidFile.toString(),
        "-f", cfg.toString()), dir, dir.resolve("haproxy.log"), Duration.ofSeconds(120));
    haproxy.awaitReady("its pid file and admin socket", Duration.ofSeconds(20),
        () -> haproxy.wrotePidFile(pidFile) && Files.exists(adminSocket));
  }

  /** One backend per machine ({@code prefix} + 1..3), all on one free port; the port is returned. */
  private int machines(List<String> names, String prefix, String suffix, BiFunction<String, InetSocketAddress, Backend> factory) {
    Map<String, InetAddress> addresses = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      addresses.put(names.get(i) + suffix, Loopback.address(prefix + (i + 1)));
    }
    List<Backend> started = Backend.onOnePort(addresses, factory);
    backends.addAll(started);
    return started.get(0).address().getPort();
  }

  private static String base(String name) {
    return name.substring(0, name.indexOf('-'));
  }

  @AfterEach
  void stop() {
    try {
      if (haproxy != null) {
        haproxy.close();
      }
    } finally {
      backends.forEach(Backend::close);
    }
  }

  @Test
  void theKubernetesApiPassesThroughToEachManagersOwnPort() {
    awaitAll("ucp_kubernetes", MANAGERS);
    Map<String, Integer> served = new TreeMap<>();
    for (int i = 0; i < 9; i++) {
      RawHttp.Response r = RawHttp.getTls(Loopback.at(VIP, kubePort), FQDN, "/api");
      assertEquals(200, r.status(), "request " + i + ": " + r);
      // the manager's own certificate: HAProxy did not terminate TLS (kubectl authenticates with it)
      assertEquals(base(r.body()), r.peerCn().orElseThrow(), "certificate CN against the serving manager");
      served.merge(r.body(), 1, Integer::sum);
    }
    assertEquals(Map.of("mke1-kube", 3, "mke2-kube", 3, "mke3-kube", 3), served, "9 requests to the Kubernetes API port");
    RawHttp.Response ui = RawHttp.getTls(Loopback.at(VIP, controllerPort), FQDN, "/");
    assertTrue(MANAGERS.contains(ui.body()), "the controller port reaches MKE's own port: " + ui);
  }

  @Test
  void aManagerWhosePingFailsLeavesTheKubernetesApiToo() {
    awaitAll("ucp_kubernetes", MANAGERS);
    // MKE's /_ping on the controller port fails; the Kubernetes API port of the same machine still answers
    backend("mke2").failPing(true);
    haproxy.awaitReady("mke2 DOWN with L7STS 503 in both backends", STATE_CHANGE,
        () -> down("ucp_kubernetes", "mke2") && down("ucp_controllers", "mke2"));
    Map<String, Integer> served = new TreeMap<>();
    for (int i = 0; i < 6; i++) {
      RawHttp.Response r = RawHttp.getTls(Loopback.at(VIP, kubePort), FQDN, "/api");
      assertEquals(200, r.status(), "request " + i + " after mke2 went down: " + r);
      served.merge(r.body(), 1, Integer::sum);
    }
    assertEquals(Map.of("mke1-kube", 3, "mke3-kube", 3), served, "6 requests with mke2 down");
  }

  @Test
  void theRegistryVipBalancesTheReplicasAndPassesBothPortsThrough() {
    awaitAll("registry_replicas", REPLICAS);
    awaitAll("registry_http", REPLICAS);
    Map<String, Integer> served = new TreeMap<>();
    for (int i = 0; i < 6; i++) {
      RawHttp.Response tls = RawHttp.getTls(Loopback.at(REGISTRY_VIP, registryHttps), "msr.example.com", "/v2/");
      assertEquals(200, tls.status(), "https request " + i + ": " + tls);
      assertEquals(tls.body(), tls.peerCn().orElseThrow(), "the replica's own certificate");
      served.merge(tls.body(), 1, Integer::sum);
      // plain HTTP reaches the replica itself (MSR redirects there), not a redirect by the load balancer
      RawHttp.Response http = RawHttp.get(Loopback.at(REGISTRY_VIP, registryHttp), "msr.example.com", "/v2/");
      assertEquals(200, http.status(), "http request " + i + ": " + http);
      served.merge(http.body(), 1, Integer::sum);
    }
    assertEquals(Map.of("msr1", 2, "msr2", 2, "msr3", 2, "msr1-http", 2, "msr2-http", 2, "msr3-http", 2), served);
  }

  @Test
  void aReplicaWhosePingFailsLeavesBothRegistryPorts() {
    awaitAll("registry_replicas", REPLICAS);
    backend("msr3").failPing(true);
    haproxy.awaitReady("msr3 DOWN with L7STS 503 in both registry backends", STATE_CHANGE,
        () -> down("registry_replicas", "msr3") && down("registry_http", "msr3"));
    Map<String, Integer> served = new TreeMap<>();
    for (int i = 0; i < 4; i++) {
      served.merge(RawHttp.get(Loopback.at(REGISTRY_VIP, registryHttp), "msr.example.com", "/").body(), 1, Integer::sum);
    }
    assertEquals(Map.of("msr1-http", 2, "msr2-http", 2), served, "4 HTTP requests with msr3 down");
    assertEquals("UP", HaproxyStats.servers(adminSocket, "ucp_controllers").get("mke3").get("status"),
        "the managers are checked on their own, whatever the registry says");
  }

  @Test
  void plainHttpOnTheManagersVipRedirectsToTheControllerPort() {
    RawHttp.Response r = RawHttp.get(Loopback.at(VIP, redirectPort), FQDN, "/login?next=%2F");
    assertEquals(301, r.status(), "answer on the redirect's port: " + r);
    assertEquals("https://" + FQDN + ":" + controllerPort + "/login?next=%2F", r.header("Location").orElse("(none)"));
  }

  private void awaitAll(String backend, List<String> servers) {
    haproxy.awaitReady("every server of " + backend + " UP L7OK", STATE_CHANGE, () -> {
      Map<String, HaproxyStats.Row> rows = HaproxyStats.servers(adminSocket, backend);
      return rows.keySet().equals(new java.util.TreeSet<>(servers))
          && rows.values().stream().allMatch(r -> r.get("status").equals("UP") && r.checkStatus().equals("L7OK"));
    });
  }

  private boolean down(String backend, String server) {
    HaproxyStats.Row row = HaproxyStats.servers(adminSocket, backend).get(server);
    return row.get("status").equals("DOWN") && row.checkStatus().equals("L7STS") && row.get("check_code").equals("503");
  }

  private Backend backend(String name) {
    return backends.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
  }

  private static final String COMPOSE = """
      version: "2.4"
      services:
        web:
          image: "nginx:1.22.1"
      """;

  /** Filled in: the controller port, the Kubernetes API port, the admin socket, the registry's HTTP and HTTPS ports. */
  private static final String TOPOLOGY = """
      version: "1"
      cluster:
        name: e2e
        domain: example.com
        platform: mke3
      controllers:
        fqdn: mke.example.com
        port: %d
        kubernetesPort: %d
        loadBalancer:
          address: 127.0.0.10
          adminSocket: %s
        nodes:
          - { name: mke1, address: 127.0.0.11, sans: [mke.example.com] }
          - { name: mke2, address: 127.0.0.12, sans: [mke.example.com] }
          - { name: mke3, address: 127.0.0.13, sans: [mke.example.com] }
      registry:
        fqdn: msr.example.com
        loadBalancer:
          address: 127.0.0.20
        httpPort: %d
        httpsPort: %d
        nodes:
          - { name: msr1, address: 127.0.0.21, sans: [msr.example.com] }
          - { name: msr2, address: 127.0.0.22, sans: [msr.example.com] }
          - { name: msr3, address: 127.0.0.23, sans: [msr.example.com] }
      nodes:
        - { name: node1, address: 127.0.0.31 }
        - { name: node2, address: 127.0.0.32 }
        - { name: node3, address: 127.0.0.33 }
        - { name: lb, address: 127.0.0.40, loadBalancer: true }
      externalLoadBalancer:
        mode: dns
        resolver: 127.0.0.1
      dns:
        ttl: 300
        serial: auto
        nameservers:
          - { name: ns1.example.com, address: 127.0.0.53 }
          - { name: ns2.example.com, address: 127.0.0.54 }
      """;
}
