package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.e2e.support.RealCheckers;
import io.github.ucpkit.ucp.emit.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The interlock2 scenario's artifacts read as their consumers read them: interlock.toml by a TOML
 * parser, with the values the spec asks for; the zone sending every routed name to the proxies' VIP;
 * no nginx.conf or lb-stack.yml, which Interlock makes unnecessary.
 */
class Interlock2ArtifactsTest {

  private static Map<String, String> artifacts() {
    Scenario s = Scenario.all().stream().filter(x -> x.name().equals("interlock2-proxies")).findFirst().orElseThrow();
    return Scenario.byName(s.render());
  }

  @Test
  void interlockTomlCarriesTheSpecsProxySettings(@TempDir Path dir) throws IOException {
    JsonNode root = RealCheckers.interlockToml(Files.writeString(dir.resolve("interlock.toml"), artifacts().get("interlock.toml")));
    assertEquals(":8080", root.path("ListenAddr").asString());
    assertEquals("unix:///var/run/docker.sock", root.path("DockerURL").asString());
    assertEquals(List.of("default"), List.copyOf(root.path("Extensions").propertyNames()));
    JsonNode x = root.path("Extensions").path("default");
    assertEquals(2, x.path("ProxyReplicas").asInt(), "one proxy per proxy node");
    assertEquals("host", x.path("PublishMode").asString());
    assertEquals(8080, x.path("PublishedPort").asInt());
    assertEquals(80, x.path("TargetPort").asInt());
    assertEquals(8443, x.path("PublishedSSLPort").asInt());
    assertEquals(443, x.path("TargetSSLPort").asInt());
    assertEquals(List.of("node.labels.io.github.ucpkit.interlock-proxy==true", "node.platform.os==linux"),
        x.path("ProxyConstraints").valueStream().map(JsonNode::asString).toList());
    assertEquals("32m", x.path("Config").path("ClientMaxBodySize").asString());
    assertEquals(90, x.path("Config").path("ReadTimeout").asInt(), "proxyReadTimeout 90s in whole seconds");
  }

  @Test
  void theHeaderLabelsEveryProxyNodeTheConstraintNames() {
    String toml = artifacts().get("interlock.toml");
    Matcher m = Pattern.compile("(?m)^#   docker node update --label-add io\\.github\\.ucpkit\\.interlock-proxy=true (\\S+)$")
        .matcher(toml);
    List<String> labelled = m.results().map(r -> r.group(1)).toList();
    assertEquals(List.of("proxy1", "proxy2"), labelled);
    assertTrue(toml.contains("--config-add source=com.docker.ucp.interlock.conf-N,target=/config.toml ucp-interlock"));
  }

  @Test
  void theTomlCheckRejectsAConfigWithoutProxyReplicas(@TempDir Path dir) throws IOException {
    String good = artifacts().get("interlock.toml");
    String bad = good.replaceFirst("(?m)^    ProxyReplicas = 2\n", "");
    assertFalse(bad.equals(good), "the edit did not apply");
    Path file = Files.writeString(dir.resolve("interlock.toml"), bad);
    AssertionError e = assertThrows(AssertionError.class, () -> RealCheckers.interlockToml(file));
    assertTrue(e.getMessage().contains("ProxyReplicas"), e.getMessage());
    Path broken = Files.writeString(dir.resolve("broken.toml"), good.replace("PublishedPort = 8080", "PublishedPort = = 8080"));
    assertThrows(AssertionError.class, () -> RealCheckers.interlockToml(broken), "a syntax error must not parse");
  }

  @Test
  void routedNamesResolveToTheProxiesVipAndNoNginxIsGenerated() {
    Map<String, String> a = artifacts();
    assertFalse(a.containsKey("nginx.conf"), "Interlock renders the proxies' nginx config itself");
    assertFalse(a.containsKey("lb-stack.yml"), "the proxies are MKE's own service");
    String zone = a.get("example.com.zone");
    for (String host : List.of("shop", "www", "api")) {
      assertTrue(Pattern.compile("(?m)^" + host + " +IN A +10\\.10\\.40\\.10$").matcher(zone).find(), host + " in:\n" + zone);
    }
    assertFalse(zone.contains("10.10.40.11") || zone.contains("10.10.40.12"), "no record names a proxy node itself");
  }
}
