package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.e2e.support.Chromium;
import io.github.ucpkit.ucp.e2e.support.SvgGeometry;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.Scenario;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.report.HtmlReport;
import io.github.ucpkit.ucp.report.view.DiagramText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in headless Chromium. The browser lays out the inline SVG and the test
 * checks the layout by geometry, not by the presence of strings: every text inside its shape, no
 * line through a text, captions clear of the shapes (see {@link SvgGeometry#assertLaidOut}). Three
 * clusters: the sample project, one with long names and many nodes and routes, and one with an error
 * in one of its Compose files.
 */
class HtmlReportBrowserTest {

  private static final Scenario SAMPLE = Scenario.all().get(0);
  private static final String VERSION = "9.8.7-test";

  @TempDir
  Path tmp;

  private String sampleReport() {
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(
        SAMPLE.compose(), Optional.of(SAMPLE.topology()), Set.of(SAMPLE.topology()), Map.of(), SAMPLE.naming()));
    List<Artifact> artifacts = Pipeline.render(v, SAMPLE.dir(), SerialPolicy.of(Scenario.OUTPUT_TIMESTAMP));
    return HtmlReport.render(v, Optional.of(artifacts), SAMPLE.dir(), VERSION);
  }

  @Test
  void thePageIsSelfContained() {
    String html = sampleReport();
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(Pattern.compile("\\s(src|srcset)=").matcher(html).find(), "no external resources");
    assertFalse(html.contains("@import") || html.contains("url("), "no stylesheet requests");
    Matcher m = Pattern.compile("https?://[^\"\\s<]+").matcher(html);
    while (m.find()) {
      String url = m.group();
      boolean link = html.contains("href=\"" + url) || url.equals("http://www.w3.org/2000/svg");
      assertTrue(link, "only links and the SVG namespace may name a URL: " + url);
    }
    assertTrue(html.contains("example.com.zone") && html.matches("(?s).*[0-9a-f]{64}.*"), "artifacts with hashes");
  }

  @Test
  void textFromTheInputsIsEscaped() throws IOException {
    Files.writeString(tmp.resolve("docker-compose.yml"), "version: \"2.4\"\nservices:\n  web:\n    image: nginx:1.27\n"
        + "    labels:\n      \"interlock.<script>alert(1)</script>\": x\n");
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(tmp), Set.of(), Map.of()));
    String html = HtmlReport.render(v, Optional.empty(), tmp, "test");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the label key is shown, escaped");
    assertFalse(html.contains("<script>"));
  }

  @Test
  @Timeout(120)
  void theSampleClusterIsDrawnInsideItsShapesAndScreenshotted() throws IOException {
    String html = sampleReport();
    SvgGeometry g = measure(html);
    g.assertLaidOut();
    assertEquals(3, g.count("controller"), "three controllers drawn");
    assertEquals(2, g.count("worker"), "two workers drawn");
    assertEquals(1, g.count("lb"), "one load-balancer node drawn");
    assertEquals(2, g.count("route"), "two routed names drawn");
    assertTrue(g.captions().contains("cluster prod"), "the cluster's name: " + g.captions());
    assertTrue(html.contains("<h2>Cluster prod</h2>"));
    assertTrue(g.captions().contains("3 controllers tolerate 1 failure"), g.captions().toString());
    assertEquals(List.of("ucp.example.com", "VIP 10.10.10.10 · HAProxy, TLS passthrough"), g.texts("vip"));
    assertEquals(List.of("results.example.com", "→ result-app:80 (voting-app)", "vote.example.com", "→ voting-app:80 (voting-app)"),
        g.texts("route"));
    assertTrue(g.texts("zone").containsAll(List.of("vote A 10.10.20.10", "ucp A 10.10.10.10")), g.texts("zone").toString());
    assertTrue(html.contains("<h3>docker-compose.yml <span class=\"sev warning\">4 warnings</span></h3>"),
        "counts in words, zero counts left out");
    assertTrue(html.contains("<footer><p class=\"empty\">ucp-maven-plugin " + VERSION + "</p></footer>"), "the plugin's version");

    Path page = tmp.resolve("report.html");
    Files.writeString(page, html);
    byte[] png = new Chromium(tmp).screenshot(page, 1200, 1250);
    assertTrue(png.length > 20_000, "a screenshot with content, not a blank page: " + png.length + " bytes");
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/report-screenshot.png"), png);
  }

  @Test
  @Timeout(120)
  void longNamesManyNodesAndRoutesStayInsideTheirShapes() throws IOException {
    String domain = "apps.internal.example.com";
    String longHost = "the-quite-long-hostname-of-a-service-nobody-types-by-hand";
    StringBuilder topology = new StringBuilder("version: \"1\"\ncluster:\n  name: production-eu-west-1-blue-green\n"
        + "  domain: " + domain + "\ncontrollers:\n  fqdn: ucp." + domain + "\n  loadBalancer:\n    address: 10.10.10.10\n"
        + "  nodes:\n");
    for (int i = 1; i <= 7; i++) {
      topology.append("    - { name: controller-0").append(i).append(", address: 10.10.10.1").append(i)
          .append(", sans: [ucp.").append(domain).append("] }\n");
    }
    topology.append("nodes:\n");
    for (int i = 10; i < 24; i++) {
      topology.append("  - { name: worker-node-").append(i).append(", address: 10.10.20.").append(i).append(" }\n");
    }
    topology.append("  - { name: edge-lb-a, address: 10.10.30.1, loadBalancer: true }\n"
        + "  - { name: edge-lb-b, address: 10.10.30.2, loadBalancer: true }\n"
        + "dns:\n  nameservers:\n    - { name: ns1." + domain + ", address: 10.10.0.53 }\n"
        + "    - { name: ns2." + domain + ", address: 10.10.1.53 }\n");
    StringBuilder compose = new StringBuilder("version: \"2.4\"\nservices:\n");
    for (int i = 1; i <= 9; i++) {
      String host = i == 1 ? longHost : "service-number-" + i;
      compose.append("  service-with-a-long-name-").append(i).append(":\n    image: nginx:1.27\n    expose: [\"8080\"]\n")
          .append("    networks: [front]\n    labels:\n      interlock.hostname: \"").append(host).append("\"\n")
          .append("      interlock.domain: \"").append(domain).append("\"\n");
      if (i == 2) {
        for (int a = 0; a < 4; a++) {
          compose.append("      interlock.alias_domain.").append(a).append(": \"alias-").append(a).append('.').append(domain).append("\"\n");
        }
      }
    }
    compose.append("networks:\n  front:\n");
    Path app = Files.createDirectories(tmp.resolve("an-application-with-a-rather-long-project-name"));
    Files.writeString(app.resolve("docker-compose.yml"), compose);
    Path spec = Files.writeString(tmp.resolve("topology.yml"), topology);

    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(app), Optional.of(spec), Set.of(spec), Map.of()));
    assertEquals(List.of(), v.diagnostics().stream().filter(Diagnostic::isError).toList(), "a valid project");
    List<Artifact> artifacts = Pipeline.render(v, tmp, SerialPolicy.of(Scenario.OUTPUT_TIMESTAMP));
    SvgGeometry g = measure(HtmlReport.render(v, Optional.of(artifacts), tmp, VERSION));
    g.assertLaidOut();
    assertEquals(7, g.count("controller"));
    assertEquals(14, g.count("worker"));
    assertEquals(2, g.count("lb"));
    assertEquals(9, g.count("route"));
    String cut = DiagramText.Style.TITLE.cut(longHost + "." + domain);
    assertTrue(g.texts("route").contains(cut) && cut.endsWith("…"), "a name longer than a line is cut: " + g.texts("route"));
    assertTrue(g.captions().contains("cluster production-eu-west-1-blue-green"), g.captions().toString());
    assertTrue(g.texts("zone").contains(longHost + " A 10.10.30.1"), "a zone record has the whole width");
    assertTrue(g.texts("route").containsAll(List.of("alias-0." + domain, "alias-3." + domain)), "every name of a route");
  }

  @Test
  @Timeout(120)
  void withAnErrorTheDiagramShowsWhatLoaded() throws IOException {
    Path apps = Files.createDirectories(tmp.resolve("apps"));
    Files.writeString(apps.resolve("vote.yml"), "version: \"2.4\"\nservices:\n  voting-app:\n    image: nginx:1.27\n"
        + "    expose: [\"80\"]\n    networks: [voteapp]\n    labels:\n      interlock.hostname: vote\n"
        + "      interlock.domain: example.com\nnetworks:\n  voteapp:\n");
    Files.writeString(apps.resolve("results.yml"), "version: \"2.4\"\nservices:\n  result-app:\n    image: nginx:1.27\n"
        + "    expose: [\"80\"]\n    networks: [resultsapp]\n    labels:\n      interlock.hostname: results\n"
        + "      interlock.domain: example.com\n");
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(
        List.of(apps), Optional.of(SAMPLE.topology()), Set.of(SAMPLE.topology()), Map.of()));
    List<Diagnostic> errors = v.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(List.of("COMPOSE-NET-001"), errors.stream().map(Diagnostic::ruleId).toList(), "one error, in results.yml");
    String html = HtmlReport.render(v, Optional.empty(), tmp, VERSION);
    assertTrue(html.contains("<span class=\"sev error\">1 error</span>") && !html.contains("1 errors"), "1 error, not 1 errors");

    SvgGeometry g = measure(html);
    g.assertLaidOut();
    assertEquals(3, g.count("controller"), "the topology is drawn");
    assertEquals(List.of("vote.example.com", "→ voting-app:80 (apps-vote)"), g.texts("route"),
        "the routes of the file that loaded, and none of the file with the error");
    assertEquals(List.of("zone example.com", "(the records are shown once the build has no errors)"), g.texts("zone"));
  }

  @Test
  @Timeout(120)
  void aTopologyWithErrorsIsDrawnAsWritten() throws IOException {
    String longFqdn = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + ".example.com";
    Path spec = Files.writeString(tmp.resolve("topology.yml"), "version: \"1\"\ncluster:\n  name: \"生产集群-東京\"\n"
        + "  domain: example.com\ncontrollers:\n  fqdn: " + longFqdn + "\n  loadBalancer:\n    address: 10.10.10.999\n"
        + "  nodes:\n    - { name: \"ucp1\\a\", address: 10.10.10.11, sans: [" + longFqdn + "] }\n"
        + "    - { name: ucp2, address: 10.10.10.12, sans: [" + longFqdn + "] }\n"
        + "    - { name: ucp3, address: 10.10.10.13, sans: [" + longFqdn + "] }\n"
        + "nodes:\n  - { name: node1, address: 10.10.20.11 }\n  - { name: node2, address: 10.10.20.12 }\n"
        + "  - { name: lb, address: 10.10.20.10, loadBalancer: true }\n"
        + "dns:\n  nameservers:\n    - { name: ns1.example.com, address: 10.10.0.53 }\n");
    Path app = Files.createDirectories(tmp.resolve("app"));
    Files.writeString(app.resolve("docker-compose.yml"), "version: \"2.4\"\nservices:\n  voting-app:\n    image: nginx:1.27\n"
        + "    expose: [\"80\"]\n    labels:\n      interlock.hostname: vote\n      interlock.domain: example.com\n");
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(app), Optional.of(spec), Set.of(spec), Map.of()));
    assertTrue(v.diagnostics().stream().filter(Diagnostic::isError).allMatch(d -> d.at().file().endsWith("topology.yml"))
        && v.hasErrors(), "errors in the topology only: " + v.diagnostics());

    SvgGeometry g = measure(HtmlReport.render(v, Optional.empty(), tmp, VERSION));
    g.assertLaidOut();
    assertTrue(g.captions().contains("cluster 生产集群-東京"), "wide characters are measured as such: " + g.captions());
    assertEquals(List.of("ucp1\\u0007", "ucp2", "ucp3"), g.texts("controller").stream().filter(t -> t.startsWith("ucp")).toList(),
        "a control character is shown escaped");
    assertEquals(List.of(DiagramText.Style.TITLE.cut(longFqdn), "VIP 10.10.10.999 · HAProxy, TLS passthrough"), g.texts("vip"));
    assertEquals(List.of("vote.example.com", "→ voting-app:80 (app)"), g.texts("route"), "the Compose file loaded");
  }

  private SvgGeometry measure(String html) throws IOException {
    Path page = Files.createTempFile(tmp, "measured-", ".html");
    Files.writeString(page, SvgGeometry.instrument(html));
    return SvgGeometry.parse(new Chromium(tmp).dumpDom(page));
  }
}
