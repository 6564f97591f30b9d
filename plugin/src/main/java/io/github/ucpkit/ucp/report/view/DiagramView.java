package io.github.ucpkit.ucp.report.view;

import io.github.ucpkit.ucp.emit.RoutedService;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Controller;
import io.github.ucpkit.ucp.model.topology.Topology.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cluster drawn as inline SVG: the controllers' name and VIP in front of the controllers, the
 * nodes (load-balancer nodes marked), every routed name pointing at its service, and the zone's
 * records. Positions are computed here so the template only loops over shapes.
 */
public record DiagramView(int width, int height, List<Box> boxes, List<Edge> edges, List<Caption> captions) {

  /** A labelled rectangle; {@code kind} is its CSS class (vip, controller, worker, lb, route, zone). */
  public record Box(int x, int y, int w, int h, String kind, String title, String subtitle) {
    public int centerX() {
      return x + w / 2;
    }

    public int titleY() {
      return y + 22;
    }

    public int subtitleY() {
      return y + 40;
    }
  }

  public record Edge(int x1, int y1, int x2, int y2, String kind) {}

  public record Caption(int x, int y, String text, String kind) {}

  private static final int NODE_W = 150;
  private static final int ROUTE_W = 230;
  private static final int GAP = 20;
  private static final int H = 52;

  public static DiagramView of(Topology t, List<RoutedService> routes, List<String> zoneRecords) {
    List<Controller> controllers = t.controllers().nodes();
    List<Node> nodes = t.nodes();
    int width = Math.max(900, 40 + Math.max(Math.max(controllers.size(), nodes.size()) * (NODE_W + GAP),
        routes.size() * (ROUTE_W + GAP)));
    List<Box> boxes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    List<Caption> captions = new ArrayList<>();

    captions.add(new Caption(width / 2, 24, "users and docker clients connect to " + t.controllers().fqdn().value(), "note"));
    Box vip = new Box(width / 2 - 150, 36, 300, H, "vip", t.controllers().fqdn().value(),
        "VIP " + t.controllers().loadBalancerAddress().value() + " · HAProxy, TLS passthrough");
    boxes.add(vip);

    int tolerance = t.controllers().failureTolerance();
    captions.add(new Caption(width / 2, 212, t.controllers().count() + " controllers tolerate " + tolerance
        + (tolerance == 1 ? " failure" : " failures"), "tolerance"));
    List<Box> row = row(controllers.stream().map(c -> new String[] {c.name().value(), c.address().value()}).toList(),
        width, 140, NODE_W, "controller");
    row.forEach(b -> edges.add(new Edge(vip.centerX(), vip.y() + H, b.centerX(), b.y(), "control")));
    boxes.addAll(row);

    captions.add(new Caption(width / 2, 242, "nodes (load-balancer nodes receive the app traffic)", "note"));
    List<Box> nodeRow = new ArrayList<>();
    int x = (width - nodes.size() * (NODE_W + GAP) + GAP) / 2;
    for (Node n : nodes) {
      nodeRow.add(new Box(x, 250, NODE_W, H, n.loadBalancer() ? "lb" : "worker", n.name().value(),
          n.address().value() + (n.loadBalancer() ? " · nginx" : "")));
      x += NODE_W + GAP;
    }
    boxes.addAll(nodeRow);

    List<Box> routeRow = row(routes.stream().map(r -> new String[] {
        r.names().stream().map(Object::toString).collect(Collectors.joining(" ")),
        "→ " + r.service().name() + ":" + r.port() + " (" + r.file().project() + ")"}).toList(),
        width, 370, ROUTE_W, "route");
    for (Box lb : nodeRow) {
      if (lb.kind().equals("lb")) {
        routeRow.forEach(r -> edges.add(new Edge(lb.centerX(), lb.y() + H, r.centerX(), r.y(), "traffic")));
      }
    }
    boxes.addAll(routeRow);
    if (!routes.isEmpty()) {
      captions.add(new Caption(width / 2, 358, "routed names (Interlock labels) and the services behind them", "note"));
    }

    int zoneY = 460;
    int zoneH = 34 + 18 * zoneRecords.size();
    boxes.add(new Box(20, zoneY, width - 40, zoneH, "zone", "zone " + t.domain().value(), ""));
    for (int i = 0; i < zoneRecords.size(); i++) {
      captions.add(new Caption(40, zoneY + 44 + 18 * i, zoneRecords.get(i), "record"));
    }
    return new DiagramView(width, zoneY + zoneH + 20, boxes, edges, captions);
  }

  private static List<Box> row(List<String[]> labels, int width, int y, int w, String kind) {
    List<Box> out = new ArrayList<>();
    int x = (width - labels.size() * (w + GAP) + GAP) / 2;
    for (String[] l : labels) {
      out.add(new Box(x, y, w, H, kind, l[0], l[1]));
      x += w + GAP;
    }
    return out;
  }
}
