package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.e2e.support.Dig;
import io.github.ucpkit.ucp.e2e.support.Loopback;
import io.github.ucpkit.ucp.e2e.support.Named;
import io.github.ucpkit.ucp.e2e.support.Project;
import io.github.ucpkit.ucp.e2e.support.Server;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated zone, served unchanged by a real named on 127.0.0.1:&lt;free port&gt; and asked
 * with dig, for a cluster with the wildcard and one without. The addresses in the zone are only
 * data (documentation ranges and the usual 10.10.x plan); the only traffic is dig to 127.0.0.1.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ZoneEndToEndTest {

  private static final Duration HARD_LIMIT = Duration.ofSeconds(120);
  private static final Pattern SERIAL = Pattern.compile("(?m)^\\s+(\\d+) ; serial$");
  private static final String VIP = "10.10.10.10";
  private static final String LB_V4 = "10.10.20.10";
  private static final String LB_V6 = "2001:db8::20";
  private static final List<String> ROUTED = List.of("shop.example.com", "www.example.com", "api.example.com");

  @TempDir Path dir;
  private Server named;

  @AfterEach
  void stop() {
    if (named != null) {
      named.close();
    }
  }

  /**
   * @param wildcard with it, the cluster has a second load-balancer node with an IPv6 address, so
   *     the routed names and the wildcard carry AAAA records too
   */
  @ParameterizedTest(name = "wildcard: {0}")
  @ValueSource(booleans = {true, false})
  void namedServesWhatTheClusterNeeds(boolean wildcard) throws IOException {
    Map<String, String> artifacts = Project.render(dir.resolve("project"), COMPOSE, topology(wildcard));
    String zone = Project.artifact(artifacts, "example.com.zone");
    int port = Loopback.freeTcpUdpPort();
    named = Named.start(Files.createDirectories(dir.resolve("named")), port, Map.of("example.com", zone), HARD_LIMIT);

    Dig.Answer soa = Dig.query(port, "example.com", "SOA");
    assertEquals("NOERROR", soa.status(), soa.raw());
    assertTrue(soa.flags().contains("aa"), "named answers authoritatively:\n" + soa.raw());
    assertEquals(serialIn(zone), soa.data("SOA").get(0).split("\\s+")[2], "SOA serial served against the file's");

    assertAddresses(port, "ucp.example.com", "A", List.of(VIP));
    assertAddresses(port, "ucp.example.com", "AAAA", List.of());
    for (String name : ROUTED) {
      assertAddresses(port, name, "A", List.of(LB_V4));
      assertAddresses(port, name, "AAAA", wildcard ? List.of(LB_V6) : List.of());
    }

    String random = "r" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    for (String name : List.of(random + ".example.com", "a." + random + ".example.com")) {
      if (wildcard) {
        assertAddresses(port, name, "A", List.of(LB_V4));
        assertAddresses(port, name, "AAAA", List.of(LB_V6));
      } else {
        Dig.Answer nx = Dig.query(port, name, "A");
        assertEquals("NXDOMAIN", nx.status(), name + " without a wildcard:\n" + nx.raw());
      }
    }

    for (String outside : List.of("example.org", "ucp.example.org", "com")) {
      Dig.Answer refused = Dig.query(port, outside, "A");
      assertEquals("REFUSED", refused.status(), outside + " is not ours:\n" + refused.raw());
    }
  }

  private static void assertAddresses(int port, String name, String type, List<String> expected) {
    Dig.Answer a = Dig.query(port, name, type);
    assertEquals("NOERROR", a.status(), name + " " + type + ":\n" + a.raw());
    assertEquals(expected, a.data(type).stream().sorted().toList(), name + " " + type + ":\n" + a.raw());
    assertTrue(a.answer().stream().allMatch(r -> r.type().equals(type)), "only " + type + " records (no CNAME):\n" + a.raw());
  }

  private static String serialIn(String zone) {
    Matcher m = SERIAL.matcher(zone);
    if (!m.find()) {
      throw new AssertionError("no serial line in the zone:\n" + zone);
    }
    return m.group(1);
  }

  private static final String COMPOSE = """
      version: "2.4"
      services:
        web:
          image: "example/shop-web:2.1.0"
          expose: ["8080"]
          labels:
            interlock.hostname: "shop"
            interlock.domain: "example.com"
            interlock.alias_domain: "www.example.com"
        api:
          image: "example/shop-api:2.1.0"
          expose: ["9000"]
          labels:
            interlock.hostname: "api"
            interlock.domain: "example.com"
      """;

  private static String topology(boolean wildcard) {
    return """
        version: "1"
        cluster:
          name: e2e
          domain: example.com
        controllers:
          fqdn: ucp.example.com
          loadBalancer:
            address: %s
          nodes:
            - { name: ucp1, address: 10.10.10.11, sans: [ucp.example.com] }
            - { name: ucp2, address: 10.10.10.12, sans: [ucp.example.com] }
            - { name: ucp3, address: 10.10.10.13, sans: [ucp.example.com] }
        nodes:
          - { name: node1, address: 10.10.20.11 }
          - { name: node2, address: 10.10.20.12 }
          - { name: node3, address: 10.10.20.13 }
          - { name: lb1, address: %s, loadBalancer: true }
        %s
        externalLoadBalancer:
          mode: dns
        dns:
          ttl: 300
          serial: auto
          wildcard: %s
          nameservers:
            - { name: ns1.example.com, address: 10.10.0.53 }
            - { name: ns2.example.com, address: 10.10.1.53 }
        """.formatted(VIP, LB_V4, wildcard ? "  - { name: lb2, address: \"" + LB_V6 + "\", loadBalancer: true }" : "", wildcard);
  }
}
