package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ucpkit.ucp.e2e.support.Backend;
import io.github.ucpkit.ucp.e2e.support.Exec;
import io.github.ucpkit.ucp.e2e.support.HaproxyStats;
import io.github.ucpkit.ucp.e2e.support.Loopback;
import io.github.ucpkit.ucp.e2e.support.Project;
import io.github.ucpkit.ucp.e2e.support.RawHttp;
import io.github.ucpkit.ucp.e2e.support.SelfSigned;
import io.github.ucpkit.ucp.e2e.support.Server;
import io.github.ucpkit.ucp.e2e.support.Tools;
import java.io.IOException;
import java.net.InetAddress;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * interlock2 mode's proxy-lb.cfg, run by the real HAProxy on loopback. Two in-process "proxy
 * nodes" (127.0.0.41-42) stand in for Interlock's nginx: each serves plain HTTP on the spec's
 * publishedPort and HTTPS with its own certificate on publishedSSLPort, both free ports the spec
 * names, so the servers run as generated. The only changes to the file: its binds on 80 and 443
 * (all interfaces, ports that need root) move to the VIP 127.0.0.40 on free ports, and an admin
 * socket is added so the test can read the health checks' verdicts.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class Interlock2ProxyLbEndToEndTest {

  private static final List<String> PROXIES = List.of("proxy1", "proxy2");
  private static final InetAddress VIP = Loopback.address("127.0.0.40");
  /** Long enough for the first checks and a DOWN after fall 3 × inter 2s. */
  private static final Duration STATE_CHANGE = Duration.ofSeconds(20);

  @TempDir Path dir;
  private final List<Backend> backends = new ArrayList<>();
  private Server haproxy;
  private Path adminSocket;
  private int http;
  private int https;

  @BeforeEach
  void start() throws IOException {
    String haproxyBin = Tools.require("haproxy").toString();
    Path certs = Files.createDirectories(dir.resolve("certs"));
    Map<String, SSLContext> tls = new TreeMap<>();
    for (String p : PROXIES) {
      tls.put(p, SelfSigned.serverContext(p, certs));
    }
    Map<String, InetAddress> http = new LinkedHashMap<>();
    Map<String, InetAddress> https = new LinkedHashMap<>();
    for (int i = 0; i < PROXIES.size(); i++) {
      http.put(PROXIES.get(i) + "-http", Loopback.address("127.0.0.4" + (i + 1)));
      https.put(PROXIES.get(i), Loopback.address("127.0.0.4" + (i + 1)));
    }
    List<Backend> plain = Backend.onOnePort(http, Backend::http);
    backends.addAll(plain);
    List<Backend> secure = Backend.onOnePort(https, (name, at) -> Backend.https(name, at, tls.get(name)));
    backends.addAll(secure);
    int publishedPort = plain.get(0).address().getPort();
    int publishedSslPort = secure.get(0).address().getPort();
    String generated = Project.artifact(Project.render(Files.createDirectories(dir.resolve("project")), COMPOSE,
        TOPOLOGY.formatted(publishedPort, publishedSslPort)), "proxy-lb.cfg");
    this.http = Loopback.freePort(VIP);
    this.https = Loopback.freePort(VIP);
    adminSocket = dir.resolve("admin.sock");
    String copy = replaceOnce(replaceOnce(replaceOnce(generated,
        "    bind :80\n", "    bind 127.0.0.40:" + this.http + "\n"),
        "    bind :443\n", "    bind 127.0.0.40:" + this.https + "\n"),
        "    maxconn 4096\n", "    maxconn 4096\n    stats socket " + adminSocket + " mode 600 level admin\n");
    Path cfg = Files.writeString(dir.resolve("proxy-lb.cfg"), copy, StandardCharsets.UTF_8);
    Exec.Result checked = Exec.run(List.of(haproxyBin, "-c", "-dW", "-f", cfg.toString()), dir, null, Duration.ofSeconds(30));
    assertEquals(0, checked.exit(), "haproxy rejects the loopback copy:\n" + checked.describe());
    Path pidFile = dir.resolve("haproxy.pid");
    haproxy = Server.start("haproxy", List.of(haproxyBin, "-W", "-db", "-dR", "-p", pidFile.toString(), "-f", cfg.toString()),
        dir, dir.resolve("haproxy.log"), Duration.ofSeconds(120));
    haproxy.awaitReady("its pid file and admin socket", Duration.ofSeconds(20),
        () -> haproxy.wrotePidFile(pidFile) && Files.exists(adminSocket));
  }

  private static String replaceOnce(String text, String line, String with) {
    int at = text.indexOf(line);
    assertFalse(at < 0 || text.indexOf(line, at + 1) >= 0, "expected exactly one \"" + line.strip() + "\" in:\n" + text);
    return text.replace(line, with);
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
  void port80And443PassThroughToEveryProxyNodesPublishedPorts() {
    awaitUp("proxies_http");
    awaitUp("proxies_https");
    Map<String, Integer> served = new TreeMap<>();
    for (int i = 0; i < 4; i++) {
      RawHttp.Response plain = RawHttp.get(Loopback.at(VIP, http), "shop.example.com", "/");
      assertEquals(200, plain.status(), "http request " + i + ": " + plain);
      served.merge(plain.body(), 1, Integer::sum);
      RawHttp.Response tls = RawHttp.getTls(Loopback.at(VIP, https), "shop.example.com", "/");
      assertEquals(200, tls.status(), "https request " + i + ": " + tls);
      // the proxy node's own certificate: the load balancer did not terminate TLS
      assertEquals(tls.body(), tls.peerCn().orElseThrow(), "certificate CN against the serving proxy");
      served.merge(tls.body(), 1, Integer::sum);
    }
    assertEquals(Map.of("proxy1", 2, "proxy2", 2, "proxy1-http", 2, "proxy2-http", 2), served);
  }

  @Test
  void aProxyNodeWhosePortStopsAnsweringIsTakenOutByTheHealthCheck() {
    awaitUp("proxies_http");
    backend("proxy2-http").close();
    haproxy.awaitReady("proxy2 DOWN in proxies_http after failed connects", STATE_CHANGE, () -> {
      HaproxyStats.Row row = HaproxyStats.servers(adminSocket, "proxies_http").get("proxy2");
      return row.get("status").equals("DOWN") && row.checkStatus().equals("L4CON");
    });
    Map<String, Integer> served = new TreeMap<>();
    for (int i = 0; i < 4; i++) {
      RawHttp.Response r = RawHttp.get(Loopback.at(VIP, http), "shop.example.com", "/");
      assertEquals(200, r.status(), "request " + i + " with proxy2 down: " + r);
      served.merge(r.body(), 1, Integer::sum);
    }
    assertEquals(Map.of("proxy1-http", 4), served, "4 requests with proxy2's HTTP port closed");
    assertEquals("UP", HaproxyStats.servers(adminSocket, "proxies_https").get("proxy2").get("status"),
        "each published port is checked on its own");
  }

  private void awaitUp(String backend) {
    haproxy.awaitReady("every server of " + backend + " UP L4OK", STATE_CHANGE, () -> {
      Map<String, HaproxyStats.Row> rows = HaproxyStats.servers(adminSocket, backend);
      return rows.keySet().equals(new TreeSet<>(PROXIES))
          && rows.values().stream().allMatch(r -> r.get("status").equals("UP") && r.checkStatus().equals("L4OK"));
    });
  }

  private Backend backend(String name) {
    return backends.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
  }

  private static final String COMPOSE = """
      version: "3.8"
      services:
        web:
          image: "example/shop-web:2.1.0"
          deploy:
            labels:
              com.docker.lb.hosts: "shop.example.com"
              com.docker.lb.port: "8080"
      """;

  /** Filled in: the proxies' published HTTP and TLS ports. */
  private static final String TOPOLOGY = """
      version: "1"
      cluster:
        name: e2e
        domain: example.com
        platform: mke3
      controllers:
        fqdn: mke.example.com
        loadBalancer:
          address: 127.0.0.10
        nodes:
          - { name: mke1, address: 127.0.0.11, sans: [mke.example.com] }
          - { name: mke2, address: 127.0.0.12, sans: [mke.example.com] }
          - { name: mke3, address: 127.0.0.13, sans: [mke.example.com] }
      nodes:
        - { name: node1, address: 127.0.0.31 }
        - { name: node2, address: 127.0.0.32 }
        - { name: node3, address: 127.0.0.33 }
        - { name: proxy1, address: 127.0.0.41, loadBalancer: true }
        - { name: proxy2, address: 127.0.0.42, loadBalancer: true }
      externalLoadBalancer:
        mode: interlock2
        extensionImage: "mirantis/ucp-interlock-extension:3.7.5"
        proxyImage: "mirantis/ucp-interlock-proxy:3.7.5"
        address: 127.0.0.40
        publishMode: host
        publishedPort: %d
        publishedSSLPort: %d
      dns:
        ttl: 300
        serial: auto
        nameservers:
          - { name: ns1.example.com, address: 127.0.0.53 }
          - { name: ns2.example.com, address: 127.0.0.54 }
      """;
}
