package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.e2e.support.Exec;
import io.github.ucpkit.ucp.e2e.support.Tools;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.Scenario;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.report.HtmlReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
 * The HTML report opened in headless Chromium: the browser renders the inline SVG with the
 * cluster's nodes and labels, a screenshot is taken, and the page loads nothing from anywhere.
 */
class HtmlReportBrowserTest {

  private static final Scenario SAMPLE = Scenario.all().get(0);

  @TempDir
  Path tmp;

  private String sampleReport() {
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(
        SAMPLE.compose(), Optional.of(SAMPLE.topology()), Set.of(SAMPLE.topology()), Map.of()));
    List<Artifact> artifacts = Pipeline.render(v, SAMPLE.dir(), SerialPolicy.of(Scenario.OUTPUT_TIMESTAMP));
    return HtmlReport.render(v, Optional.of(artifacts), SAMPLE.dir(), "test");
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
  @Timeout(90)
  void chromiumRendersTheClusterDiagramAndTakesAScreenshot() throws IOException {
    Path chromium = Tools.require("chromium");
    Path page = tmp.resolve("report.html");
    Files.writeString(page, sampleReport());
    List<String> flags = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--hide-scrollbars");

    Exec.Result dom = Exec.run(command(chromium, flags, "profile-dom", List.of("--dump-dom"), page), tmp, Map.of(),
        Duration.ofSeconds(60));
    assertEquals(0, dom.exit(), dom.stderr());
    String svg = between(dom.stdout(), "<svg", "</svg>");
    assertEquals(3, count(svg, "data-kind=\"controller\""), "three controllers drawn");
    assertEquals(2, count(svg, "data-kind=\"worker\""), "two workers drawn");
    assertEquals(1, count(svg, "data-kind=\"lb\""), "one load-balancer node drawn");
    assertEquals(2, count(svg, "data-kind=\"route\""), "two routed names drawn");
    for (String label : List.of("ucp.example.com", "VIP 10.10.10.10", "3 controllers tolerate 1 failure", "ucp1", "10.10.10.13",
        "vote.example.com", "→ voting-app:80", "results.example.com", "vote A 10.10.20.10", "ucp A 10.10.10.10")) {
      assertTrue(svg.contains(label), "the diagram shows " + label);
    }

    Path png = tmp.resolve("report.png");
    Exec.Result shot = Exec.run(
        command(chromium, flags, "profile-shot", List.of("--window-size=1200,1250", "--screenshot=" + png), page),
        tmp, Map.of(), Duration.ofSeconds(60));
    assertEquals(0, shot.exit(), shot.stderr());
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 20_000, "a screenshot with content, not a blank page: " + bytes.length + " bytes");
    assertEquals((byte) 0x89, bytes[0]);
    assertEquals('P', bytes[1]);
    Files.createDirectories(Path.of("target"));
    Files.copy(png, Path.of("target/report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** A fresh profile per run, so nothing from a previous start (or another test) is reused. */
  private List<String> command(Path chromium, List<String> flags, String profile, List<String> actions, Path page) {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(chromium.toString());
    cmd.addAll(flags);
    cmd.add("--user-data-dir=" + tmp.resolve(profile));
    cmd.addAll(actions);
    cmd.add(page.toUri().toString());
    return cmd;
  }

  private static String between(String text, String start, String end) {
    int s = text.indexOf(start);
    int e = text.indexOf(end, s);
    assertTrue(s >= 0 && e > s, "the page contains an inline SVG");
    return text.substring(s, e);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
