package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.e2e.support.Backend;
import io.github.ucpkit.ucp.e2e.support.Dig;
import io.github.ucpkit.ucp.e2e.support.Loopback;
import io.github.ucpkit.ucp.e2e.support.Named;
import io.github.ucpkit.ucp.e2e.support.NginxSandbox;
import io.github.ucpkit.ucp.e2e.support.Project;
import io.github.ucpkit.ucp.e2e.support.RawHttp;
import io.github.ucpkit.ucp.e2e.support.RealCheckers;
import io.github.ucpkit.ucp.e2e.support.Server;
import io.github.ucpkit.ucp.e2e.support.Tools;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dns mode, run for real: nginx from the generated nginx.conf resolves the routed service's name
 * at request time through a real BIND that plays Docker's embedded DNS: it answers
 * {@code voting-app} (a single label, as Docker's DNS does; named is authoritative for a zone of
 * that name) with three loopback addresses, 127.0.0.21-23, where three in-process HTTP backends
 * listen on one port.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NginxDnsEndToEndTest {

  private static final String VOTE = "vote.example.com";
  private static final String SERVICE = "voting-app";
  private static final Duration HARD_LIMIT = Duration.ofSeconds(120);
  /** Enough requests that missing a backend by chance is negligible (nginx starts each at a random address). */
  private static final int REQUESTS = 30;

  @TempDir Path dir;
  private final List<Backend> containers = new ArrayList<>();
  private Server named;
  private Server nginx;
  private NginxSandbox sandbox;
  private InetSocketAddress front;

  @BeforeEach
  void start() throws IOException {
    Tools.require("nginx");
    Map<String, InetAddress> addresses = new LinkedHashMap<>();
    for (int i = 1; i <= 3; i++) {
      addresses.put(SERVICE + "-" + i, Loopback.address("127.0.0.2" + i));
    }
    containers.addAll(Backend.onOnePort(addresses, Backend::http));
    int port = containers.get(0).address().getPort();

    int dnsPort = Loopback.freeTcpUdpPort();
    named = Named.start(Files.createDirectories(dir.resolve("named")), dnsPort, Map.of(SERVICE, serviceZone()), HARD_LIMIT);
    assertEquals(List.of("127.0.0.21", "127.0.0.22", "127.0.0.23"),
        Dig.query(dnsPort, SERVICE, "A").data("A").stream().sorted().toList(), "what named answers for " + SERVICE);

    // the service's port comes from its Compose file, so proxy_pass needs no rewrite
    String generated = Project.artifact(Project.render(dir.resolve("project"), compose(port), TOPOLOGY), "nginx.conf");
    RealCheckers.nginx(generated, dir.resolve("nginx-t"));
    // rewrite: the topology's resolver is an address without a port (DNS is on 53); the test's named
    // listens on a free high port instead. Plus the sandbox's own: paths, listen on 127.0.0.1.
    String resolver = "    resolver 127.0.0.1 valid=10s ipv6=off;";
    assertEquals(1, generated.lines().filter(resolver::equals).count(), "one resolver line in:\n" + generated);
    String local = generated.replace(resolver, "    resolver 127.0.0.1:" + dnsPort + " valid=10s ipv6=off;");
    sandbox = NginxSandbox.of(local, dir.resolve("nginx"));
    nginx = sandbox.start(HARD_LIMIT);
    sandbox.awaitStarted(nginx);
    front = Loopback.at(Loopback.V4, sandbox.port(80));
  }

  @AfterEach
  void stop() {
    try {
      if (nginx != null) {
        nginx.close();
      }
    } finally {
      try {
        if (named != null) {
          named.close();
        }
      } finally {
        containers.forEach(Backend::close);
      }
    }
  }

  @Test
  void requestsSpreadOverEveryAddressTheServiceNameResolvesTo() {
    Map<String, Integer> served = new TreeMap<>();
    for (int i = 0; i < REQUESTS; i++) {
      RawHttp.Response r = RawHttp.get(front, VOTE, "/");
      assertEquals(200, r.status(), "request " + i + " for " + VOTE + ": " + r + "\nnginx log:\n" + nginx.log());
      served.merge(r.body(), 1, Integer::sum);
    }
    assertEquals(Set.of("voting-app-1", "voting-app-2", "voting-app-3"), served.keySet(),
        REQUESTS + " requests were served by " + served);
  }

  /**
   * Fails with the current template, like its static-mode twin: the websocket location sets its
   * own proxy_set_header lines, so it inherits none from the http level, and the backend sees
   * Host "voting-app:&lt;port&gt;" (the proxy_pass host) instead of the client's.
   */
  @Test
  void aWebsocketEndpointStillForwardsTheClientsHost() {
    RawHttp.Response r = RawHttp.get(front, VOTE, "/live", Map.of("Connection", "Upgrade", "Upgrade", "websocket"));
    assertEquals(200, r.status(), r + "\nnginx log:\n" + nginx.log());
    assertEquals("websocket", r.header("X-Request-Upgrade").orElseThrow(), "Upgrade the backend saw");
    assertEquals(VOTE, r.header("X-Request-Host").orElseThrow(), "Host the backend saw at a websocket endpoint"
        + " (TEMPLATE BUG: the websocket location's own proxy_set_header lines replace every inherited one;"
        + " nginx-dns.conf.peb must repeat Host and X-Forwarded-* there)");
  }

  @Test
  void forgedForwardingHeadersAreReplacedByWhatNginxSaw() {
    Map<String, String> forged = Map.of("X-Forwarded-For", "203.0.113.66", "X-Forwarded-Host", "evil.example",
        "X-Forwarded-Proto", "https", "Forwarded", "for=203.0.113.66");
    RawHttp.Response r = RawHttp.get(front, VOTE, "/", forged);
    assertEquals(200, r.status(), r + "\nnginx log:\n" + nginx.log());
    assertEquals("127.0.0.1", r.header("X-Request-X-Forwarded-For").orElseThrow(), "X-Forwarded-For the backend saw");
    assertEquals(VOTE, r.header("X-Request-X-Forwarded-Host").orElseThrow(), "X-Forwarded-Host the backend saw");
    assertEquals("http", r.header("X-Request-X-Forwarded-Proto").orElseThrow(), "X-Forwarded-Proto the backend saw");
    assertEquals("(none)", r.header("X-Request-Forwarded").orElseThrow(), "Forwarded the backend saw");
  }

  /** In dns mode nginx runs in a container: it listens on the bare port, which lb-stack.yml publishes on the spec's address. */
  @Test
  void theStatusPageAnswersOnItsOwnPort() {
    RawHttp.Response page = RawHttp.get(Loopback.at(Loopback.V4, sandbox.port(8081)), "127.0.0.1", "/stub_status");
    assertEquals(200, page.status(), page.toString());
    assertTrue(page.body().startsWith("Active connections:"), "stub_status output: " + page.body());
    assertEquals(0, containers.stream().mapToInt(Backend::hits).sum(), "requests that reached a container");
  }

  /** What Docker's embedded DNS would answer for a service with three containers. */
  private static String serviceZone() {
    return """
        $TTL 1
        @       IN SOA  ns.voting-app. hostmaster.voting-app. ( 1 3600 600 86400 1 )
        @       IN NS   ns
        ns      IN A    127.0.0.1
        @       IN A    127.0.0.21
        @       IN A    127.0.0.22
        @       IN A    127.0.0.23
        """;
  }

  private static String compose(int port) {
    return """
        version: "2.4"
        services:
          voting-app:
            image: "nicolaka/voting-app:1.0"
            expose: ["%d"]
            labels:
              interlock.hostname: "vote"
              interlock.domain: "example.com"
              interlock.websocket_endpoint: "/live"
        """.formatted(port);
  }

  private static final String TOPOLOGY = """
      version: "1"
      cluster:
        name: e2e
        domain: example.com
      controllers:
        fqdn: ucp.example.com
        loadBalancer:
          address: 127.0.0.10
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
        status: { address: 127.0.0.1, port: 8081 }
      dns:
        nameservers:
          - { name: ns1.example.com, address: 127.0.0.53 }
          - { name: ns2.example.com, address: 127.0.0.54 }
      """;
}
