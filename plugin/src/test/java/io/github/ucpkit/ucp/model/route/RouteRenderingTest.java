package io.github.ucpkit.ucp.model.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the shared route derivation puts into the artifacts: values the rules accept are rendered
 * as they were written (never a default instead), once, and for the app that asked for them.
 */
class RouteRenderingTest {

  @TempDir
  Path dir;

  private static final String APP = """
      version: "2.4"
      services:
        web:
          image: "example/web:1.0"
          expose: ["8080"]
          labels:
            interlock.hostname: @HOST@
            interlock.domain: example.com
      @LABELS@
          networks: [front]
      networks:
        front:
      """;

  private static final String TOPOLOGY = """
      version: "1"
      cluster: {name: prod, domain: example.com}
      controllers:
        fqdn: ucp.example.com
        loadBalancer: {address: 10.10.10.10, forwardSwarmPort: true}
        swarmPort: @SWARMPORT@
        nodes:
          - {name: ucp1, address: 10.10.10.11, sans: [ucp.example.com]}
          - {name: ucp2, address: 10.10.10.12, sans: [ucp.example.com]}
          - {name: ucp3, address: 10.10.10.13, sans: [ucp.example.com]}
      nodes:
        - {name: node1, address: 10.10.20.11}
        - {name: node2, address: 10.10.20.12}
        - {name: node3, address: 10.10.20.13}
        - {name: lb, address: 10.10.20.10, loadBalancer: true}
      externalLoadBalancer:
      @ELB@
      dns:
        ttl: @TTL@
        serial: auto
        nameservers:
          - {name: ns1.example.com, address: 10.10.0.53}
      """;

  private static String app(String host, String labels) {
    return APP.replace("@HOST@", host).replace("@LABELS@\n", labels.isEmpty() ? "" : labels.indent(6));
  }

  private static String topology(String elb, String ttl, String swarmPort) {
    return TOPOLOGY.replace("@ELB@\n", elb.indent(2)).replace("@TTL@", ttl).replace("@SWARMPORT@", swarmPort);
  }

  private Map<String, String> render(Map<String, String> apps, String topology) throws IOException {
    for (Map.Entry<String, String> a : apps.entrySet()) {
      Path file = dir.resolve(a.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, a.getValue());
    }
    Path spec = Files.writeString(dir.resolve("topology.yml"), topology);
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(
        apps.keySet().stream().map(dir::resolve).toList(), Optional.of(spec), Set.of(spec), Map.of()));
    List<Diagnostic> errors = v.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertTrue(errors.isEmpty(), () -> "errors: " + errors);
    return Pipeline.render(v, dir, SerialPolicy.of("")).stream().collect(Collectors.toMap(Artifact::name, Artifact::content));
  }

  @Test
  void wholeNumbersWrittenAsFloatsAreUsedAsWritten() throws IOException {
    Map<String, String> out = render(Map.of("app/docker-compose.yml", app("web", "")), topology("mode: dns", "600.0", "2380.0"));
    assertTrue(out.get("example.com.zone").contains("$TTL 600\n"), out.get("example.com.zone"));
    assertTrue(out.get("haproxy.cfg").contains("    bind :2380\n"), out.get("haproxy.cfg"));
    assertFalse(out.get("haproxy.cfg").contains("2376"), out.get("haproxy.cfg"));
  }

  @Test
  void anAliasRepeatingThePrimaryNameIsServedOnce() throws IOException {
    Map<String, String> out = render(Map.of("app/docker-compose.yml", app("web", "interlock.alias_domain: WEB.Example.com")),
        topology("mode: dns", "300", "2376"));
    assertEquals(List.of("        server_name web.example.com;"), lines(out.get("nginx.conf"), "server_name web"));
  }

  @Test
  void theNetworkLabelMayNameTheEngineName() throws IOException {
    String labels = "interlock.network: app_front";
    Map<String, String> out = render(Map.of("app/docker-compose.yml", app("web", labels)), topology("mode: dns", "300", "2376"));
    assertTrue(out.get("lb-stack.yml").contains("      - \"app_front\"\n"), out.get("lb-stack.yml"));
  }

  @Test
  void qualifiedStaticBackendsGoToTheirOwnApp() throws IOException {
    Map<String, String> apps = new LinkedHashMap<>();
    apps.put("shop/docker-compose.yml", app("shop", ""));
    apps.put("blog/docker-compose.yml", app("blog", ""));
    String elb = """
        mode: static
        backends:
          shop/web: ["10.10.20.11:8080"]
          blog/web: ["10.10.20.12:8080", "[::ffff:10.10.20.12]:8080"]
        """;
    String nginx = render(apps, topology(elb, "300", "2376")).get("nginx.conf");
    assertEquals(List.of("        server 10.10.20.11:8080 max_fails=2 fail_timeout=10s;"), upstream(nginx, "shop_example_com"));
    // the mapped form is the same backend: listed once
    assertEquals(List.of("        server 10.10.20.12:8080 max_fails=2 fail_timeout=10s;"), upstream(nginx, "blog_example_com"));
  }

  private static List<String> lines(String text, String containing) {
    return text.lines().filter(l -> l.contains(containing)).toList();
  }

  private static List<String> upstream(String nginx, String name) {
    var m = Pattern.compile("upstream " + name + " \\{\n(.*?)\n    }", Pattern.DOTALL).matcher(nginx);
    assertTrue(m.find(), nginx);
    return m.group(1).lines().filter(l -> l.contains("server ")).toList();
  }
}
