package io.github.ucpkit.ucp.report.view;

import static io.github.ucpkit.ucp.report.view.DiagramLayout.GAP;
import static io.github.ucpkit.ucp.report.view.DiagramLayout.MARGIN;

import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Node;
import io.github.ucpkit.ucp.model.topology.Topology.Registry;
import io.github.ucpkit.ucp.report.LogText;
import io.github.ucpkit.ucp.report.view.DiagramLayout.Canvas;
import io.github.ucpkit.ucp.report.view.DiagramLayout.Content;
import io.github.ucpkit.ucp.report.view.DiagramLayout.Grid;
import io.github.ucpkit.ucp.report.view.DiagramLayout.Line;
import io.github.ucpkit.ucp.report.view.DiagramText.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cluster drawn as inline SVG, from top to bottom: the cluster's name, the controllers' name and
 * VIP with a line to each controller and their failure tolerance, the worker nodes, the load-balancer
 * nodes with a dashed line down to the routed names (each pointing at its service), and the zone's
 * records; on MKE 3 a second, dashed line to each controller for the Kubernetes API, and the registry's
 * VIP and replicas below the zone. Every shape is as wide and tall as its text needs ({@link DiagramText}); captions sit where
 * no line passes. Positions are computed here so the template only loops over shapes.
 *
 * @param cluster the cluster's name, also shown above the drawing
 */
public record DiagramView(String cluster, int width, int height, List<Box> boxes, List<Edge> edges, List<Text> captions) {

  /** One line of text: {@code anchor} is {@code middle} or {@code start}; {@code kind} its CSS class. */
  public record Text(int x, int y, String text, String kind, String anchor) {}

  /**
   * A rectangle with its text; {@code kind} is its CSS class (vip, controller, worker, lb, routes,
   * route, zone, registry, replica). {@code tooltip} holds the whole text when a line had to be cut (zero or one entry).
   */
  public record Box(int x, int y, int w, int h, String kind, List<Text> lines, List<String> tooltip) {
    public int centerX() {
      return x + w / 2;
    }
  }

  public record Edge(int x1, int y1, int x2, int y2, String kind) {}

  /** A routed service as the diagram shows it: its names, the service and port they lead to, and its project. */
  public record Route(List<String> names, String target, String project) {}

  private static final int MIN_WIDTH = 900;
  /** Wider rows of workers or routes wrap; a row of controllers or load-balancer nodes never does (lines join them). */
  private static final int WRAP_WIDTH = 1040;
  private static final int NODE_MIN_W = 150;
  private static final int DROP = 44;
  /** How far the Kubernetes API's line runs beside the controller port's. */
  private static final int KUBE_OFFSET = 8;

  /**
   * @param zone the zone's records, one per line (or a line saying why there are none)
   */
  public static DiagramView of(Topology t, List<Route> routes, List<String> zone) {
    String cluster = LogText.escape(t.clusterName().value());
    Content clusterLine = Content.caption(Style.CLUSTER, "cluster " + cluster);
    Content connect = Content.caption(Style.NOTE, "users and docker clients connect to " + t.controllers().fqdn().value());
    Content vip = Content.centred("vip", List.of(new Line(Style.TITLE, t.controllers().fqdn().value()),
        new Line(Style.SUBTITLE, "VIP " + t.controllers().loadBalancerAddress().value() + " · " + passes(t))));
    Content kubeNote = Content.caption(Style.NOTE, t.kubernetesPort().map(k -> "solid: " + t.controllers().port().value()
        + " · dashed: " + k.value() + " (Kubernetes API)").orElse(""));
    List<Content> controllers = t.controllers().nodes().stream()
        .map(c -> node("controller", c.name().value(), c.address().value())).toList();
    int tolerance = t.controllers().failureTolerance();
    Content tolerates = Content.caption(Style.TOLERANCE, t.controllers().count() + " controllers tolerate " + tolerance
        + (tolerance == 1 ? " failure" : " failures"));
    Content nodesNote = Content.caption(Style.NOTE, edgeNote(t));
    List<Content> workers = t.nodes().stream().filter(n -> !n.loadBalancer())
        .map(n -> node("worker", n.name().value(), n.address().value())).toList();
    List<Content> lbs = t.nodes().stream().filter(Node::loadBalancer)
        .map(n -> node("lb", n.name().value(), n.address().value() + " · " + edgeProgram(t))).toList();
    Content routesTitle = Content.caption(Style.NOTE, "routed names (Interlock labels) and the services behind them");
    List<Content> routeBoxes = routes.stream().map(DiagramView::route).toList();
    List<Line> zoneLines = new ArrayList<>(List.of(new Line(Style.TITLE, "zone " + t.domain().value())));
    zone.forEach(r -> zoneLines.add(new Line(Style.RECORD, r)));
    Content zoneBox = Content.left("zone", zoneLines);

    Grid controllerRow = Grid.row(controllers, NODE_MIN_W);
    Grid workerGrid = Grid.wrapped(workers, NODE_MIN_W, WRAP_WIDTH);
    Grid lbRow = Grid.row(lbs, NODE_MIN_W);
    Grid routeGrid = Grid.wrapped(routeBoxes, NODE_MIN_W, WRAP_WIDTH - 2 * GAP);
    Optional<RegistryShapes> registry = t.registry().map(DiagramView::registry);
    int inner = max(clusterLine.width(), connect.width(), vip.width(), kubeNote.width(), controllerRow.width(), tolerates.width(),
        registry.map(RegistryShapes::width).orElse(0),
        nodesNote.width(), workerGrid.width(), lbRow.width(), routeGrid.width() + 2 * GAP, routesTitle.width() + 2 * GAP,
        zoneBox.width());
    int width = Math.max(MIN_WIDTH, inner + 2 * MARGIN);

    Canvas c = new Canvas(width);
    c.caption(clusterLine);
    c.y += 6;
    c.caption(connect);
    Box vipBox = c.box(vip, (width - vip.width()) / 2, vip.width());
    c.y += vipBox.h() + DROP;
    List<Box> controllerBoxes = c.grid(controllerRow, 0, width);
    controllerBoxes.forEach(b -> c.edges.add(new Edge(vipBox.centerX(), vipBox.y() + vipBox.h(), b.centerX(), b.y(), "control")));
    if (t.kubernetesPort().isPresent()) {
      // MKE 3: the Kubernetes API's own path beside the controller port's, to every manager
      controllerBoxes.forEach(b -> c.edges.add(new Edge(vipBox.centerX() + KUBE_OFFSET, vipBox.y() + vipBox.h(),
          b.centerX() + KUBE_OFFSET, b.y(), "kube")));
    }
    if (!controllerBoxes.isEmpty()) {
      c.y -= GAP - 4; // the tolerance belongs right under the controllers
    }
    c.caption(tolerates);
    if (t.kubernetesPort().isPresent()) {
      c.caption(kubeNote);
    }
    c.y += 18;
    c.caption(nodesNote);
    c.y += 2;
    c.grid(workerGrid, 0, width);
    List<Box> lbBoxes = c.grid(lbRow, 0, width);
    if (!routeBoxes.isEmpty()) {
      c.y += DROP - GAP;
      int top = c.y;
      Box frame = c.frame(routesTitle, routeGrid, width);
      lbBoxes.forEach(b -> c.edges.add(new Edge(b.centerX(), b.y() + b.h(), b.centerX(), top, "traffic")));
      c.y = frame.y() + frame.h() + GAP;
    }
    c.y += GAP / 2;
    Box zoneShape = c.box(zoneBox, MARGIN, width - 2 * MARGIN);
    c.y = zoneShape.y() + zoneShape.h() + GAP;
    registry.ifPresent(r -> r.draw(c, width));
    return new DiagramView(cluster, width, c.y + MARGIN - GAP, c.boxes, c.edges, c.captions);
  }

  /** Who receives the app traffic: the load-balancer nodes, or in interlock2 mode the proxies behind their VIP. */
  private static String edgeNote(Topology t) {
    Topology.Proxies p = t.externalLoadBalancer().proxies();
    if (t.externalLoadBalancer().mode() != Topology.Mode.INTERLOCK2) {
      return "nodes (load-balancer nodes receive the app traffic)";
    }
    return "nodes (Interlock 2 proxies" + p.address().map(a -> " behind VIP " + a.value()).orElse("")
        + " receive the app traffic)";
  }

  /** What runs on a load-balancer node. */
  private static String edgeProgram(Topology t) {
    Topology.Proxies p = t.externalLoadBalancer().proxies();
    return t.externalLoadBalancer().mode() == Topology.Mode.INTERLOCK2
        ? "Interlock proxy :" + p.publishedPort().value() + "/:" + p.publishedSslPort().value()
        : "nginx";
  }

  /** What the controllers' VIP passes through: on MKE 3, the controller port and the Kubernetes API's. */
  private static String passes(Topology t) {
    return t.kubernetesPort()
        .map(k -> "TLS passthrough of " + t.controllers().port().value() + " and " + k.value())
        .orElse("HAProxy, TLS passthrough");
  }

  /** The registry (MSR/DTR) on a VIP of its own, a line to each replica, and their failure tolerance. */
  private record RegistryShapes(Content note, Content vip, Grid replicas, Content tolerates) {
    int width() {
      return max(note.width(), vip.width(), replicas.width(), tolerates.width());
    }

    void draw(Canvas c, int width) {
      c.caption(note);
      Box vipBox = c.box(vip, (width - vip.width()) / 2, vip.width());
      c.y += vipBox.h() + DROP;
      List<Box> boxes = c.grid(replicas, 0, width);
      boxes.forEach(b -> c.edges.add(new Edge(vipBox.centerX(), vipBox.y() + vipBox.h(), b.centerX(), b.y(), "registry")));
      if (!boxes.isEmpty()) {
        c.y -= GAP - 4;
      }
      c.caption(tolerates);
      c.y += GAP;
    }
  }

  private static RegistryShapes registry(Registry r) {
    Content note = Content.caption(Style.NOTE, "the registry (MSR/DTR) on a VIP of its own");
    Content vip = Content.centred("registry", List.of(new Line(Style.TITLE, r.fqdn().value()), new Line(Style.SUBTITLE,
        "VIP " + r.loadBalancerAddress().value() + " · passes " + r.httpPort().value() + " and " + r.httpsPort().value())));
    Grid replicas = Grid.row(r.nodes().stream().map(n -> node("replica", n.name().value(), n.address().value())).toList(),
        NODE_MIN_W);
    int tolerance = r.quorum().failureTolerance();
    Content tolerates = Content.caption(Style.TOLERANCE, r.quorum().role().count(r.quorum().count()) + " tolerate "
        + tolerance + (tolerance == 1 ? " failure" : " failures"));
    return new RegistryShapes(note, vip, replicas, tolerates);
  }

  private static Content node(String kind, String name, String address) {
    return Content.centred(kind, List.of(new Line(Style.TITLE, name), new Line(Style.SUBTITLE, address)));
  }

  private static Content route(Route r) {
    List<Line> lines = new ArrayList<>();
    r.names().forEach(n -> lines.add(new Line(Style.TITLE, n)));
    String oneLine = "→ " + r.target() + " (" + r.project() + ")";
    if (DiagramText.columns(oneLine) <= Style.SUBTITLE.columns()) {
      lines.add(new Line(Style.SUBTITLE, oneLine));
    } else {
      lines.add(new Line(Style.SUBTITLE, "→ " + r.target()));
      lines.add(new Line(Style.SUBTITLE, "project " + r.project()));
    }
    return Content.centred("route", lines);
  }

  private static int max(int... values) {
    int m = 0;
    for (int v : values) {
      m = Math.max(m, v);
    }
    return m;
  }
}
