package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.e2e.support.Project;
import io.github.ucpkit.ucp.e2e.support.RealCheckers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's topology spec example and its per-service label example, as a user would copy them:
 * together they validate, render what the README says they do, and the real tools accept the result.
 */
class ReadmeTopologyExampleTest {

  @TempDir Path dir;

  @Test
  void theExamplesValidateAndRenderWhatTheReadmeSays() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String topology = yamlBlockAfter(readme, "## The topology spec");
    String labels = yamlBlockAfter(readme, "A routed service that needs other limits than the cluster's");
    // the label example shows only the labels; the service needs an image and a port to be routed
    String compose = "version: \"2.4\"\n"
        + labels.replace("  uploads:\n", "  uploads:\n    image: \"example/uploads:1.0\"\n    expose: [\"8080\"]\n");
    Map<String, String> artifacts = Project.render(dir.resolve("project"), compose, topology);

    String nginx = Project.artifact(artifacts, "nginx.conf");
    assertContains(nginx, "        server_name uploads.example.com;\n        client_max_body_size 200m;\n"
        + "        proxy_read_timeout 5m;\n");
    assertContains(nginx, "    client_max_body_size 1m;\n    proxy_read_timeout 60s;\n");
    assertContains(nginx, "        listen 8081;\n        access_log off;\n");
    String haproxy = Project.artifact(artifacts, "haproxy.cfg");
    assertContains(haproxy, "    log stdout format raw local0\n");
    assertContains(haproxy, "    stats socket /run/haproxy/admin.sock mode 600 level admin\n");
    assertContains(haproxy, "    bind 127.0.0.1:8404\n");
    assertContains(Project.artifact(artifacts, "lb-stack.yml"), "      - \"127.0.0.1:8081:8081\"\n");

    RealCheckers.nginx(nginx, dir.resolve("nginx"));
    Path out = Files.createDirectories(dir.resolve("out"));
    for (Map.Entry<String, String> a : artifacts.entrySet()) {
      Files.writeString(out.resolve(a.getKey()), a.getValue(), StandardCharsets.UTF_8);
    }
    RealCheckers.haproxy(out.resolve("haproxy.cfg"));
    RealCheckers.compose(out.resolve("lb-stack.yml"));
  }

  /** The MKE 3 example: the Kubernetes API and the registry's VIP in haproxy.cfg, the registry's name in the zone. */
  @Test
  void theMkeExampleValidatesAndRendersWhatTheReadmeSays() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String topology = yamlBlockAfter(readme, "### MKE 3 (UCP 3.x) and the registry");
    String compose = "version: \"2.4\"\nservices:\n  web:\n    image: \"nginx:1.22.1\"\n";
    Map<String, String> artifacts = Project.render(dir.resolve("mke"), compose, topology);
    String haproxy = Project.artifact(artifacts, "haproxy.cfg");
    assertContains(haproxy, "frontend ucp_kubernetes\n    mode tcp\n    option tcplog\n    bind 10.10.10.10:6443\n");
    assertContains(haproxy, "    server mke1 10.10.10.11:6443 check port 443 check-ssl verify none\n");
    assertContains(haproxy, "    bind 10.10.10.10:443\n    default_backend ucp_controllers\n");
    assertContains(haproxy, "    bind 10.10.10.20:80\n    default_backend registry_http\n");
    assertContains(haproxy, "    server msr3 10.10.30.13:80 check port 443 check-ssl verify none\n");
    assertContains(haproxy, "    bind 10.10.10.20:443\n    default_backend registry_replicas\n");
    assertContains(haproxy, "    server msr1 10.10.30.11:443 check check-ssl verify none\n");
    assertContains(haproxy, "# net.ipv4.ip_nonlocal_bind=1");
    assertTrue(!haproxy.contains("ucp_swarm"), "MKE 3 keeps the Swarm port internal:\n" + haproxy);
    String zone = Project.artifact(artifacts, "example.com.zone");
    assertContains(zone, "msr                     IN A    10.10.10.20\n");
    assertContains(zone, "mke                     IN A    10.10.10.10\n");
    Path out = Files.createDirectories(dir.resolve("mke-out"));
    for (Map.Entry<String, String> a : artifacts.entrySet()) {
      Files.writeString(out.resolve(a.getKey()), a.getValue(), StandardCharsets.UTF_8);
    }
    RealCheckers.haproxy(out.resolve("haproxy.cfg"));
    RealCheckers.zone(out.resolve("example.com.zone"));
  }

  /**
   * The Interlock 2 example: what the README says interlock2 mode writes (and does not), each file
   * accepted by its checker, and the values the comments promise.
   */
  @Test
  void theInterlock2ExampleValidatesAndRendersWhatTheReadmeSays() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String topology = yamlBlockAfter(readme, "### Interlock 2 proxies");
    String compose = "version: \"3.8\"\nservices:\n  web:\n    image: \"example/shop:1.0\"\n    deploy:\n      labels:\n"
        + "        com.docker.lb.hosts: \"shop.example.com\"\n        com.docker.lb.port: \"8080\"\n";
    Map<String, String> artifacts = Project.render(dir.resolve("il2"), compose, topology);
    assertEquals(java.util.Set.of("app.yml", "haproxy.cfg", "interlock.toml", "proxy-lb.cfg", "example.com.zone"),
        artifacts.keySet(), "no nginx.conf or lb-stack.yml in interlock2 mode");
    String toml = Project.artifact(artifacts, "interlock.toml");
    assertContains(toml, "#   docker node update --label-add io.github.ucpkit.interlock-proxy=true proxy1\n");
    assertContains(toml, "#   docker config create com.docker.ucp.interlock.conf-N interlock.toml\n");
    String proxyLb = Project.artifact(artifacts, "proxy-lb.cfg");
    assertContains(proxyLb, "    server proxy2 10.10.40.12:8080 check\n");
    assertContains(proxyLb, "    server proxy1 10.10.40.11:8443 check\n");
    assertContains(Project.artifact(artifacts, "example.com.zone"), "shop                    IN A    10.10.40.10\n");
    Path out = Files.createDirectories(dir.resolve("il2-out"));
    for (Map.Entry<String, String> a : artifacts.entrySet()) {
      Files.writeString(out.resolve(a.getKey()), a.getValue(), StandardCharsets.UTF_8);
    }
    tools.jackson.databind.JsonNode x = RealCheckers.interlockToml(out.resolve("interlock.toml")).path("Extensions").path("default");
    assertEquals(2, x.path("ProxyReplicas").asInt());
    assertEquals("host", x.path("PublishMode").asString());
    assertEquals("32m", x.path("Config").path("ClientMaxBodySize").asString());
    assertEquals(90, x.path("Config").path("ReadTimeout").asInt());
    RealCheckers.haproxy(out.resolve("proxy-lb.cfg"));
    RealCheckers.haproxy(out.resolve("haproxy.cfg"));
    RealCheckers.zone(out.resolve("example.com.zone"));
  }

  private static String yamlBlockAfter(String text, String marker) {
    int at = text.indexOf(marker);
    assertTrue(at >= 0, "the README lost \"" + marker + "\"");
    int open = text.indexOf("```yaml\n", at);
    int close = text.indexOf("```\n", open + 8);
    assertTrue(open >= 0 && close > open, "no yaml block after \"" + marker + "\"");
    return text.substring(open + 8, close);
  }

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), "expected:\n" + part + "in:\n" + text);
  }
}
