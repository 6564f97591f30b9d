package io.github.ucpkit.ucp.e2e;

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
