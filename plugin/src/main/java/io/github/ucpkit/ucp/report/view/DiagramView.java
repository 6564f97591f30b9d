package io.github.ucpkit.ucp.report.view;

import io.github.ucpkit.ucp.emit.RoutedService;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Controller;
import io.github.ucpkit.ucp.model.topology.Topology.Node;
import io.github.ucpkit.ucp.model.topology.Topology.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cluster drawn as inline SVG: the controllers' name and VIP in front of the controllers, the
 * nodes (load-balancer nodes marked), every routed name pointing at its service, and the zone's
 * records; on MKE 3 a second line to each controller for the Kubernetes API, and a registry below
 * the zone. Positions are computed here so the template only loops over shapes.
 */
public record DiagramView(int width, int height, List<Box> boxes, List<Edge> edges, List<Caption> captions) {

  /** A labelled rectangle; {@code kind} is its CSS class (vip, controller, worker, lb, route, zone, registry, replica). */
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
  private static final int KUBE_OFFSET = 8;

  public static DiagramView of(Topology t, List<RoutedService> routes, List<String> zoneRecords) {
    List<Controller> controllers = t.controllers().nodes();
    List<Node> nodes = t.nodes();
    int replicas = t.registry().map(r -> r.nodes().size()).orElse(0);
    int width = Math.max(900, 40 + Math.max(Math.max(Math.max(controllers.size(), nodes.size()), replicas) * (NODE_W + GAP),
        routes.size() * (ROUTE_W + GAP)));
    List<Box> boxes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    List<Caption> captions = new ArrayList<>();

    captions.add(new Caption(width / 2, 24, "users and docker clients connect to " + t.controllers().fqdn().value(), "note"));
    Box vip = new Box(width / 2 - 150, 36, 300, H, "vip", t.controllers().fqdn().value(),
        "VIP " + t.controllers().loadBalancerAddress().value() + " · " + passes(t));
    boxes.add(vip);

    int tolerance = t.controllers().failureTolerance();
    captions.add(new Caption(width / 2, 212, t.controllers().count() + " controllers tolerate " + tolerance
        + (tolerance == 1 ? " failure" : " failures"), "tolerance"));
    List<Box> row = row(controllers.stream().map(c -> new String[] {c.name().value(), c.address().value()}).toList(),
        width, 140, NODE_W, "controller");
    row.forEach(b -> edges.add(new Edge(vip.centerX(), vip.y() + H, b.centerX(), b.y(), "control")));
    // MKE 3: the Kubernetes API's own path beside the controller port's, to every manager
    t.kubernetesPort().ifPresent(k -> {
      row.forEach(b -> edges.add(new Edge(vip.centerX() + KUBE_OFFSET, vip.y() + H, b.centerX() + KUBE_OFFSET, b.y(), "kube")));
      captions.add(new Caption(width / 2 + 260, 104, "solid: " + t.controllers().port().value() + " · dashed: " + k.value()
          + " (Kubernetes API)", "note"));
    });
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
    int height = zoneY + zoneH + 20;
    if (t.registry().isPresent()) {
      height = registry(t.registry().get(), width, height + 10, boxes, edges, captions);
    }
    return new DiagramView(width, height, boxes, edges, captions);
  }

  /** What the controllers' VIP passes through: on MKE 3, the controller port and the Kubernetes API's. */
  private static String passes(Topology t) {
    return t.kubernetesPort()
        .map(k -> "TLS passthrough of " + t.controllers().port().value() + " and " + k.value())
        .orElse("HAProxy, TLS passthrough");
  }

  /** The registry below the zone: its VIP, a line to each replica, and their failure tolerance; returns the new height. */
  private static int registry(Registry r, int width, int y, List<Box> boxes, List<Edge> edges, List<Caption> captions) {
    captions.add(new Caption(width / 2, y + 14, "the registry (MSR/DTR) on a VIP of its own", "note"));
    Box vip = new Box(width / 2 - 150, y + 24, 300, H, "registry", r.fqdn().value(),
        "VIP " + r.loadBalancerAddress().value() + " · passes " + r.httpPort().value() + " and " + r.httpsPort().value());
    boxes.add(vip);
    List<Box> replicas = row(r.nodes().stream().map(n -> new String[] {n.name().value(), n.address().value()}).toList(),
        width, y + 128, NODE_W, "replica");
    replicas.forEach(b -> edges.add(new Edge(vip.centerX(), vip.y() + H, b.centerX(), b.y(), "registry")));
    boxes.addAll(replicas);
    int tolerance = r.quorum().failureTolerance();
    captions.add(new Caption(width / 2, y + 128 + H + 22, r.quorum().role().count(r.quorum().count()) + " tolerate "
        + tolerance + (tolerance == 1 ? " failure" : " failures"), "tolerance"));
    return y + 128 + H + 40;
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
