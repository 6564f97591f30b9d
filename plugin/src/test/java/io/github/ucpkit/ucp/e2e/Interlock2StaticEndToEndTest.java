package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.e2e.support.Backend;
import io.github.ucpkit.ucp.e2e.support.Loopback;
import io.github.ucpkit.ucp.e2e.support.NginxSandbox;
import io.github.ucpkit.ucp.e2e.support.Project;
import io.github.ucpkit.ucp.e2e.support.RawHttp;
import io.github.ucpkit.ucp.e2e.support.RealCheckers;
import io.github.ucpkit.ucp.e2e.support.Server;
import io.github.ucpkit.ucp.e2e.support.Tools;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interlock 2's {@code com.docker.lb.*} labels served by the generated nginx.conf in static mode, for
 * real: a stack file (read for {@code docker stack deploy}) whose services set a context root with a
 * rewrite, a redirect, a sticky session cookie and an IP hash, in-process HTTP servers as the listed
 * backends, and nginx in a sandbox prefix. What Interlock 2 would do with each label is what nginx does.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class Interlock2StaticEndToEndTest {

  private static final String SHOP = "shop.example.com";
  private static final Duration HARD_LIMIT = Duration.ofSeconds(120);

  @TempDir Path dir;
  private final List<Backend> web = new ArrayList<>();
  private final List<Backend> cart = new ArrayList<>();
  private final List<Backend> search = new ArrayList<>();
  private Server nginx;
  private InetSocketAddress front;

  @BeforeEach
  void start() {
    Tools.require("nginx");
    for (int i = 1; i <= 3; i++) {
      web.add(Backend.http("web" + i, Loopback.at(Loopback.V4, 0)));
      cart.add(Backend.http("cart" + i, Loopback.at(Loopback.V4, 0)));
      search.add(Backend.http("search" + i, Loopback.at(Loopback.V4, 0)));
    }
    String generated = Project.artifact(Project.render(dir.resolve("project"), STACK, topology()), "nginx.conf");
    NginxSandbox sandbox = NginxSandbox.of(generated, dir.resolve("nginx"));
    RealCheckers.nginx(generated, dir.resolve("nginx-t"));
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
      List.of(web, cart, search).forEach(group -> group.forEach(Backend::close));
    }
  }

  @Test
  void theContextRootIsServedWithoutItsPrefixAndNothingElseIs() {
    RawHttp.Response r = RawHttp.get(front, SHOP, "/shop/cart/items?page=2");
    assertEquals(200, r.status(), r + "\nnginx log:\n" + nginx.log());
    assertEquals("/cart/items?page=2", r.header("X-Request-Path").orElseThrow(), "path the backend saw (rewrite)");
    RawHttp.Response bare = RawHttp.get(front, SHOP, "/shop?x=1");
    assertEquals(301, bare.status(), bare.toString());
    assertEquals("/shop/?x=1", location(bare), "the context root without its slash (a relative redirect)");
    int before = hits(web);
    for (String path : List.of("/", "/shopping", "/other/shop/x")) {
      assertEquals(404, RawHttp.get(front, SHOP, path).status(), path + " lies outside the context root");
    }
    assertEquals(before, hits(web), "requests outside the context root that reached a backend");
  }

  @Test
  void aRedirectedHostGetsA302WithItsPathAndQuery() {
    RawHttp.Response r = RawHttp.get(front, "old-shop.example.com", "/shop/a?b=1");
    assertEquals(302, r.status(), r.toString());
    assertEquals("http://" + SHOP + "/shop/a?b=1", location(r));
    assertEquals(0, hits(web), "a redirect reaches no backend");
  }

  @Test
  void aStickyCookieKeepsEachSessionOnOneBackend() {
    Set<String> used = new HashSet<>();
    for (int session = 0; session < 20; session++) {
      Set<String> served = new HashSet<>();
      for (int i = 0; i < 4; i++) {
        RawHttp.Response r = RawHttp.get(front, "basket.example.com", "/", Map.of("Cookie", "cart_id=s" + session));
        assertEquals(200, r.status(), r.toString());
        served.add(r.body());
      }
      assertEquals(1, served.size(), "backends that served session s" + session + ": " + served);
      used.addAll(served);
    }
    assertTrue(used.size() > 1, "20 sessions all landed on " + used + ": the hash ignores the cookie");
  }

  @Test
  void theIpHashKeepsAClientOnOneBackend() {
    Set<String> served = new HashSet<>();
    for (int i = 0; i < 9; i++) {
      RawHttp.Response r = RawHttp.get(front, "search.example.com", "/");
      assertEquals(200, r.status(), r.toString());
      served.add(r.body());
    }
    assertEquals(1, served.size(), "backends that served one client address (round robin would use all three): " + served);
  }

  private static String location(RawHttp.Response r) {
    return r.header("Location").orElseThrow(() -> new AssertionError("no Location: " + r));
  }

  private static int hits(List<Backend> group) {
    return group.stream().mapToInt(Backend::hits).sum();
  }

  /** A stack file: deploy.labels make it one, and Interlock 2 reads them there. */
  private static final String STACK = """
      version: "3.8"
      services:
        web:
          image: "example/shop-web:2.1.0"
          networks: [front]
          deploy:
            labels:
              com.docker.lb.hosts: "shop.example.com, old-shop.example.com"
              com.docker.lb.port: "8080"
              com.docker.lb.context_root: "/shop"
              com.docker.lb.context_root_rewrite: "true"
              com.docker.lb.redirects: "http://old-shop.example.com,http://shop.example.com"
        cart:
          image: "example/cart:3.0.1"
          networks: [front]
          deploy:
            labels:
              com.docker.lb.hosts: "basket.example.com"
              com.docker.lb.port: "8081"
              com.docker.lb.sticky_session_cookie: "cart_id"
        search:
          image: "example/search:7.17.9"
          networks: [front]
          deploy:
            labels:
              com.docker.lb.hosts: "search.example.com"
              com.docker.lb.port: "9200"
              com.docker.lb.ip_hash: "true"
      networks:
        front:
          driver: overlay
      """;

  private String topology() {
    return """
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
          mode: static
          backends:
            web: [%s]
            cart: [%s]
            search: [%s]
        dns:
          nameservers:
            - { name: ns1.example.com, address: 127.0.0.53 }
            - { name: ns2.example.com, address: 127.0.0.54 }
        """.formatted(list(web), list(cart), list(search));
  }

  private static String list(List<Backend> backends) {
    return backends.stream().map(b -> "\"127.0.0.1:" + b.address().getPort() + "\"").collect(Collectors.joining(", "));
  }
}
