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
import java.net.DatagramPacket;
import java.net.DatagramSocket;
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
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated haproxy.cfg, run by the real HAProxy in front of three in-process HTTPS
 * "controllers" on loopback (127.0.0.11-13, each with its own self-signed certificate, CN=ucpN).
 * The generated {@code inter 2s fall 3 rise 2} are kept: detecting a failed controller takes
 * about 6 s, which this suite can afford. The spec's VIP is IPv6, so every frontend also binds
 * IPv6; its stats endpoint, admin socket and log target are the spec's own, on loopback: the
 * tests read {@code show stat} through the generated admin socket, scrape the generated metrics
 * endpoint and receive the generated log over UDP.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HaproxyEndToEndTest {

  private static final List<String> CONTROLLERS = List.of("ucp1", "ucp2", "ucp3");
  private static final String FQDN = "ucp.example.com";
  /** Long enough for the first checks (spread over inter 2s) and a DOWN after fall 3 × inter 2s. */
  private static final Duration STATE_CHANGE = Duration.ofSeconds(20);
  private static final Duration HARD_LIMIT = Duration.ofSeconds(120);

  @TempDir static Path shared;
  private static String generated;
  private static Map<String, SSLContext> certificates;
  private static Path adminSocket;
  private static int statsPort;
  private static DatagramSocket syslog;

  @TempDir Path dir;
  private final List<Backend> controllers = new ArrayList<>();
  private Server haproxy;
  private int httpPort;
  private int httpsPort;

  /** Renders once: the topology names the controllers by loopback address, so no address needs rewriting. */
  @BeforeAll
  static void renderAndMakeCertificates() throws IOException {
    Tools.require("haproxy");
    adminSocket = shared.resolve("admin.sock");
    statsPort = Loopback.freePort();
    syslog = new DatagramSocket(new InetSocketAddress(Loopback.V4, 0));
    syslog.setSoTimeout(500);
    Map<String, String> artifacts = Project.render(Files.createDirectories(shared.resolve("project")), COMPOSE,
        TOPOLOGY.formatted(statsPort, adminSocket, syslog.getLocalPort()));
    generated = Project.artifact(artifacts, "haproxy.cfg");
    Path certs = Files.createDirectories(shared.resolve("certs"));
    certificates = new TreeMap<>();
    for (String name : CONTROLLERS) {
      certificates.put(name, SelfSigned.serverContext(name, certs));
    }
  }

  @BeforeEach
  void start() throws IOException {
    int controllerPort = startControllers();
    httpPort = Loopback.freePort();
    httpsPort = Loopback.freePort();
    Path cfg = Files.writeString(dir.resolve("haproxy.cfg"), HaproxyLoopback.rewrite(generated, httpPort, httpsPort, controllerPort), StandardCharsets.UTF_8);
    // the previous test's haproxy may have left its socket file; readiness waits for this one's
    Files.deleteIfExists(adminSocket);
    Exec.Result checked = Exec.run(List.of(Tools.require("haproxy").toString(), "-c", "-dW", "-f", cfg.toString()),
        dir, null, Duration.ofSeconds(30));
    assertEquals(0, checked.exit(), "haproxy rejects the loopback copy:\n" + checked.describe());
    Path pidFile = dir.resolve("haproxy.pid");
    // -W -db: master-worker in the foreground, which writes the master's PID to -p; -dR: no
    // SO_REUSEPORT, so a leftover haproxy on the port makes this one fail instead of sharing traffic
    haproxy = Server.start("haproxy", List.of(Tools.require("haproxy").toString(), "-W", "-db", "-dR", "-p", pidFile.toString(),
        "-f", cfg.toString()), dir, dir.resolve("haproxy.log"), HARD_LIMIT);
    haproxy.awaitReady("its pid file and admin socket", Duration.ofSeconds(20),
        () -> haproxy.wrotePidFile(pidFile) && Files.exists(adminSocket));
  }

  /** Three HTTPS controllers on 127.0.0.11-13, all on one free port (the generated config gives them one port). */
  private int startControllers() {
    Map<String, InetAddress> addresses = new LinkedHashMap<>();
    for (int i = 0; i < CONTROLLERS.size(); i++) {
      addresses.put(CONTROLLERS.get(i), Loopback.address("127.0.0.1" + (i + 1)));
    }
    controllers.addAll(Backend.onOnePort(addresses, (name, at) -> Backend.https(name, at, certificates.get(name))));
    return controllers.get(0).address().getPort();
  }

  @AfterAll
  static void closeSyslog() {
    if (syslog != null) {
      syslog.close();
    }
  }

  @AfterEach
  void stop() {
    try {
      if (haproxy != null) {
        haproxy.close();
      }
    } finally {
      controllers.forEach(Backend::close);
    }
  }

  @Test
  void everyControllerPassesTheHttpCheckOverTls() {
    awaitAll("UP", "L7OK");
    HaproxyStats.servers(adminSocket, "ucp_controllers").values()
        .forEach(row -> assertEquals("200", row.get("check_code"), "check code of " + row));
  }

  @Test
  void roundRobinIsExactAndTlsPassesThroughUntouched() {
    awaitAll("UP", "L7OK");
    Map<String, Integer> served = new TreeMap<>();
    for (int i = 0; i < 9; i++) {
      RawHttp.Response r = RawHttp.getTls(https(), FQDN, "/");
      assertEquals(200, r.status(), "request " + i + ": " + r);
      // the certificate the client sees is the controller's own: HAProxy did not terminate TLS
      assertEquals(r.body(), r.peerCn().orElseThrow(), "certificate CN against the serving controller");
      served.merge(r.body(), 1, Integer::sum);
    }
    assertEquals(Map.of("ucp1", 3, "ucp2", 3, "ucp3", 3), served, "9 sequential requests over 3 controllers");
  }

  @Test
  void plainHttpIsRedirectedToTheControllersName() {
    // the Host a client sends to :80 carries the port; the redirect must not keep it (reference §3.3)
    RawHttp.Response r = RawHttp.get(Loopback.at(Loopback.V4, httpPort), FQDN + ":80", "/v1.24/info?x=1");
    assertEquals(301, r.status(), "answer on :80: " + r);
    assertEquals("https://" + FQDN + "/v1.24/info?x=1", r.header("Location").orElse("(none)"), "raw Location header");
  }

  @Test
  void aControllerWhosePingFailsIsTakenOut() {
    awaitAll("UP", "L7OK");
    backend("ucp2").failPing(true);
    haproxy.awaitReady("ucp2 DOWN with L7STS 503", STATE_CHANGE, () -> {
      HaproxyStats.Row row = HaproxyStats.servers(adminSocket, "ucp_controllers").get("ucp2");
      return row.get("status").equals("DOWN") && row.checkStatus().equals("L7STS") && row.get("check_code").equals("503");
    });
    Map<String, Integer> served = new TreeMap<>();
    for (int i = 0; i < 6; i++) {
      RawHttp.Response r = RawHttp.getTls(https(), FQDN, "/");
      assertEquals(200, r.status(), "request " + i + " after ucp2 went down: " + r);
      served.merge(r.body(), 1, Integer::sum);
    }
    assertEquals(Map.of("ucp1", 3, "ucp3", 3), served, "6 requests with ucp2 down");
    Map<String, HaproxyStats.Row> rows = HaproxyStats.servers(adminSocket, "ucp_controllers");
    for (String healthy : List.of("ucp1", "ucp3")) {
      assertEquals("UP", rows.get(healthy).get("status"), healthy + ": " + rows.get(healthy));
    }
  }

  @Test
  void plainHttpIsRedirectedOverIpv6Too() {
    RawHttp.Response r = RawHttp.get(Loopback.at(Loopback.address("::1"), httpPort), FQDN, "/v1.24/info");
    assertEquals(301, r.status(), "answer on [::1]:80: " + r);
    assertEquals("https://" + FQDN + "/v1.24/info", r.header("Location").orElse("(none)"), "raw Location header");
  }

  @Test
  void theMetricsEndpointAndStatsPageShowEveryController() {
    awaitAll("UP", "L7OK");
    InetSocketAddress stats = Loopback.at(Loopback.V4, statsPort);
    RawHttp.Response metrics = RawHttp.get(stats, "127.0.0.1", "/metrics");
    assertEquals(200, metrics.status(), metrics.toString());
    for (String c : CONTROLLERS) {
      String up = "haproxy_server_status{proxy=\"ucp_controllers\",server=\"" + c + "\",state=\"UP\"} 1";
      assertTrue(metrics.body().lines().anyMatch(up::equals), "metrics lack " + up + ":\n" + metrics.body());
    }
    RawHttp.Response page = RawHttp.get(stats, "127.0.0.1", "/stats");
    assertEquals(200, page.status(), page.toString());
    assertTrue(page.body().contains("ucp_controllers") && page.body().contains("ucp3"), "the stats page: " + page.body());
  }

  @Test
  void theLogGoesToTheTargetTheSpecNames() throws IOException {
    String probe = "/v1.24/info?probe=" + System.nanoTime();
    assertEquals(301, RawHttp.get(Loopback.at(Loopback.V4, httpPort), FQDN, probe).status());
    List<String> received = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    byte[] buf = new byte[8192];
    while (System.nanoTime() < deadline && received.stream().noneMatch(l -> l.contains(probe))) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        syslog.receive(p);
        received.add(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
      } catch (java.net.SocketTimeoutException none) {
        // keep waiting until the deadline
      }
    }
    String line = received.stream().filter(l -> l.contains(probe)).findFirst()
        .orElseThrow(() -> new AssertionError("no log line for " + probe + " reached the syslog target; got " + received));
    // <134> = facility local0 (16) * 8 + severity info (6): a syslog header, as a syslog server expects
    assertTrue(line.startsWith("<134>") && line.contains("ucp_http"), "the log line: " + line);
  }

  private void awaitAll(String status, String check) {
    haproxy.awaitReady("every controller " + status + " " + check, STATE_CHANGE, () -> {
      Map<String, HaproxyStats.Row> rows = HaproxyStats.servers(adminSocket, "ucp_controllers");
      return rows.keySet().equals(new TreeSet<>(CONTROLLERS))
          && rows.values().stream().allMatch(r -> r.get("status").equals(status) && r.checkStatus().equals(check));
    });
  }

  private Backend backend(String name) {
    return controllers.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
  }

  private InetSocketAddress https() {
    return Loopback.at(Loopback.V4, httpsPort);
  }

  private static final String COMPOSE = """
      version: "2.4"
      services:
        web:
          image: "nginx:1.22.1"
      """;

  /**
   * Controllers on loopback addresses; the VIP (IPv6, so the frontends bind IPv6 too) and the other
   * nodes are never contacted. Filled in: the stats port, the admin socket, the syslog port.
   */
  private static final String TOPOLOGY = """
      version: "1"
      cluster:
        name: e2e
        domain: example.com
      controllers:
        fqdn: ucp.example.com
        loadBalancer:
          address: "fd00::10"
          forwardSwarmPort: false
          stats: { address: 127.0.0.1, port: %d }
          adminSocket: %s
          log: { target: "127.0.0.1:%d" }
        nodes:
          - { name: ucp1, address: 127.0.0.11, sans: [ucp.example.com] }
          - { name: ucp2, address: 127.0.0.12, sans: [ucp.example.com] }
          - { name: ucp3, address: 127.0.0.13, sans: [ucp.example.com] }
      nodes:
        - { name: node1, address: 127.0.0.31 }
        - { name: node2, address: 127.0.0.32 }
        - { name: node3, address: 127.0.0.33 }
        - { name: lb, address: 127.0.0.20, loadBalancer: true }
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
