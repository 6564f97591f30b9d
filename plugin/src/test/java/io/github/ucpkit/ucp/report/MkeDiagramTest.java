package io.github.ucpkit.ucp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.emit.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report's diagram of an MKE 3 cluster with a registry: a second line from the VIP to each
 * manager for the Kubernetes API, and the registry's VIP with a line to each replica, all inside the
 * drawing; a UCP 2.x cluster without a registry draws neither. In interlock2 mode the load-balancer
 * nodes are drawn as the Interlock proxies behind their VIP.
 */
class MkeDiagramTest {

  private static final Pattern SVG = Pattern.compile("<svg [^>]*width=\"(\\d+)\" height=\"(\\d+)\"");
  private static final Pattern BOX = Pattern.compile(
      "<g class=\"(\\w+)\" data-kind=\"\\w+\">\\s*<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"(\\d+)\"[^>]*/>\\s*"
          + "<text class=\"title\"[^>]*>([^<]*)</text>\\s*<text class=\"subtitle\"[^>]*>([^<]*)</text>");
  private static final Pattern LINE = Pattern.compile("<line class=\"(\\w+)\" x1=\"(\\d+)\" y1=\"(\\d+)\" x2=\"(\\d+)\" y2=\"(\\d+)\"/>");

  record Box(String kind, int x, int y, int w, int h, String title, String subtitle) {}

  record Line(String kind, int x1, int y1, int x2, int y2) {}

  @Test
  void theKubernetesPathAndTheRegistryAreDrawn() {
    String html = report("mke-three-managers-msr");
    List<Box> boxes = boxes(html);
    List<Line> lines = lines(html);
    Box vip = only(boxes, "vip");
    assertEquals("VIP 10.10.10.10 · TLS passthrough of 443 and 6443", vip.subtitle());
    List<Box> managers = boxes.stream().filter(b -> b.kind().equals("controller")).toList();
    List<Line> kube = lines.stream().filter(l -> l.kind().equals("kube")).toList();
    assertEquals(3, kube.size(), "one Kubernetes API line per manager: " + kube);
    assertTrue(html.contains(">solid: 443 · dashed: 6443 (Kubernetes API)</text>"), "the legend of the two paths");
    for (int i = 0; i < managers.size(); i++) {
      Box m = managers.get(i);
      Line k = kube.get(i);
      assertEquals(m.y(), k.y2(), "the line ends at " + m.title());
      assertTrue(k.x2() > m.x() && k.x2() < m.x() + m.w(), k + " ends inside " + m);
      assertEquals(vip.y() + vip.h(), k.y1(), "the line starts at the VIP");
    }
    Box registry = only(boxes, "registry");
    assertEquals("msr.example.com", registry.title());
    assertEquals("VIP 10.10.10.20 · passes 80 and 443", registry.subtitle());
    List<Box> replicas = boxes.stream().filter(b -> b.kind().equals("replica")).toList();
    assertEquals(List.of("msr1", "msr2", "msr3"), replicas.stream().map(Box::title).toList());
    assertEquals(3, lines.stream().filter(l -> l.kind().equals("registry") && l.y1() == registry.y() + registry.h()).count());
    assertTrue(html.contains("3 registry replicas tolerate 1 failure"), "the replicas' tolerance is shown");
    Matcher svg = SVG.matcher(html);
    assertTrue(svg.find());
    int width = Integer.parseInt(svg.group(1));
    int height = Integer.parseInt(svg.group(2));
    for (Box b : boxes) {
      assertTrue(b.x() >= 0 && b.x() + b.w() <= width && b.y() + b.h() <= height, b + " lies outside " + width + "x" + height);
    }
  }

  @Test
  void aUcp2ClusterWithoutARegistryDrawsNeither() {
    String html = report("three-controllers-dns-wildcard");
    assertFalse(lines(html).stream().anyMatch(l -> l.kind().equals("kube") || l.kind().equals("registry")));
    assertFalse(boxes(html).stream().anyMatch(b -> b.kind().equals("registry") || b.kind().equals("replica")));
    assertEquals("VIP 10.10.10.10 · HAProxy, TLS passthrough", only(boxes(html), "vip").subtitle());
  }

  @Test
  void interlock2ProxyNodesAndTheirRoutedNamesAreDrawn() {
    String html = report("interlock2-proxies");
    List<Box> lbs = boxes(html).stream().filter(b -> b.kind().equals("lb")).toList();
    assertEquals(List.of("proxy1", "proxy2"), lbs.stream().map(Box::title).toList());
    for (Box lb : lbs) {
      assertTrue(lb.subtitle().endsWith(" · Interlock proxy :8080/:8443"), lb.subtitle());
    }
    assertTrue(html.contains(">nodes (Interlock 2 proxies behind VIP 10.10.40.10 receive the app traffic)</text>"),
        "the caption names the proxies' VIP");
    for (String host : List.of("shop.example.com", "www.example.com", "api.example.com")) {
      assertTrue(html.contains(">" + host + "</text>"), host + " is drawn among the routed names");
    }
    assertFalse(html.contains("· nginx<"), "no nginx on the load-balancer nodes in interlock2 mode");
  }

  private static String report(String scenario) {
    Scenario s = Scenario.all().stream().filter(x -> x.name().equals(scenario)).findFirst().orElseThrow();
    Pipeline.Validated v = Pipeline.validate(
        new Pipeline.Request(s.compose(), Optional.of(s.topology()), Set.of(s.topology()), Map.of(), s.naming()));
    return HtmlReport.render(v, Optional.empty(), s.dir(), "test");
  }

  private static Box only(List<Box> boxes, String kind) {
    List<Box> of = boxes.stream().filter(b -> b.kind().equals(kind)).toList();
    assertEquals(1, of.size(), "boxes of kind " + kind + ": " + of);
    return of.get(0);
  }

  private static List<Box> boxes(String html) {
    List<Box> out = new ArrayList<>();
    Matcher m = BOX.matcher(html);
    while (m.find()) {
      out.add(new Box(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5)), m.group(6), m.group(7)));
    }
    assertFalse(out.isEmpty(), "no boxes found in the report");
    return out;
  }

  private static List<Line> lines(String html) {
    List<Line> out = new ArrayList<>();
    Matcher m = LINE.matcher(html);
    while (m.find()) {
      out.add(new Line(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5))));
    }
    return out;
  }
}
