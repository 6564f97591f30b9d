package io.github.ucpkit.ucp.report.view;

import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Node;
import io.github.ucpkit.ucp.report.LogText;
import io.github.ucpkit.ucp.report.view.DiagramText.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster drawn as inline SVG, from top to bottom: the cluster's name, the controllers' name and
 * VIP with a line to each controller and their failure tolerance, the worker nodes, the load-balancer
 * nodes with a dashed line down to the routed names (each pointing at its service), and the zone's
 * records. Every shape is as wide and tall as its text needs ({@link DiagramText}); captions sit where
 * no line passes. Positions are computed here so the template only loops over shapes.
 *
 * @param cluster the cluster's name, also shown above the drawing
 */
public record DiagramView(String cluster, int width, int height, List<Box> boxes, List<Edge> edges, List<Text> captions) {

  /** One line of text: {@code anchor} is {@code middle} or {@code start}; {@code kind} its CSS class. */
  public record Text(int x, int y, String text, String kind, String anchor) {}

  /**
   * A rectangle with its text; {@code kind} is its CSS class (vip, controller, worker, lb, routes,
   * route, zone). {@code tooltip} holds the whole text when a line had to be cut (zero or one entry).
   */
  public record Box(int x, int y, int w, int h, String kind, List<Text> lines, List<String> tooltip) {
    public int centerX() {
      return x + w / 2;
    }
  }

  public record Edge(int x1, int y1, int x2, int y2, String kind) {}

  /** A routed service as the diagram shows it: its names, the service and port they lead to, and its project. */
  public record Route(List<String> names, String target, String project) {}

  private static final int MARGIN = 20;
  private static final int GAP = 20;
  private static final int PAD_X = 12;
  private static final int PAD_Y = 8;
  private static final int MIN_WIDTH = 900;
  /** Wider rows of workers or routes wrap; a row of controllers or load-balancer nodes never does (lines join them). */
  private static final int WRAP_WIDTH = 1040;
  private static final int NODE_MIN_W = 150;
  private static final int DROP = 44;

  /**
   * @param zone the zone's records, one per line (or a line saying why there are none)
   */
  public static DiagramView of(Topology t, List<Route> routes, List<String> zone) {
    String cluster = LogText.escape(t.clusterName().value());
    Content clusterLine = Content.caption(Style.CLUSTER, "cluster " + cluster);
    Content connect = Content.caption(Style.NOTE, "users and docker clients connect to " + t.controllers().fqdn().value());
    Content vip = Content.centred("vip", List.of(new Line(Style.TITLE, t.controllers().fqdn().value()),
        new Line(Style.SUBTITLE, "VIP " + t.controllers().loadBalancerAddress().value() + " · HAProxy, TLS passthrough")));
    List<Content> controllers = t.controllers().nodes().stream()
        .map(c -> node("controller", c.name().value(), c.address().value())).toList();
    int tolerance = t.controllers().failureTolerance();
    Content tolerates = Content.caption(Style.TOLERANCE, t.controllers().count() + " controllers tolerate " + tolerance
        + (tolerance == 1 ? " failure" : " failures"));
    Content nodesNote = Content.caption(Style.NOTE, "nodes (load-balancer nodes receive the app traffic)");
    List<Content> workers = t.nodes().stream().filter(n -> !n.loadBalancer())
        .map(n -> node("worker", n.name().value(), n.address().value())).toList();
    List<Content> lbs = t.nodes().stream().filter(Node::loadBalancer)
        .map(n -> node("lb", n.name().value(), n.address().value() + " · nginx")).toList();
    Content routesTitle = Content.caption(Style.NOTE, "routed names (Interlock labels) and the services behind them");
    List<Content> routeBoxes = routes.stream().map(DiagramView::route).toList();
    List<Line> zoneLines = new ArrayList<>(List.of(new Line(Style.TITLE, "zone " + t.domain().value())));
    zone.forEach(r -> zoneLines.add(new Line(Style.RECORD, r)));
    Content zoneBox = Content.left("zone", zoneLines);

    Grid controllerRow = Grid.row(controllers, NODE_MIN_W);
    Grid workerGrid = Grid.wrapped(workers, NODE_MIN_W, WRAP_WIDTH);
    Grid lbRow = Grid.row(lbs, NODE_MIN_W);
    Grid routeGrid = Grid.wrapped(routeBoxes, NODE_MIN_W, WRAP_WIDTH - 2 * GAP);
    int inner = max(clusterLine.width(), connect.width(), vip.width(), controllerRow.width(), tolerates.width(),
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
    if (!controllerBoxes.isEmpty()) {
      c.y -= GAP - 4; // the tolerance belongs right under the controllers
    }
    c.caption(tolerates);
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
    return new DiagramView(cluster, width, zoneShape.y() + zoneShape.h() + MARGIN, c.boxes, c.edges, c.captions);
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

  /** One line of a shape or caption: the text as given (control characters escaped), and as drawn. */
  private record Line(Style style, String full) {
    Line {
      full = LogText.escape(full);
    }

    String shown() {
      return style.cut(full);
    }
  }

  /** The text of a shape (or of a caption, {@code kind} empty) before it is placed. */
  private record Content(String kind, List<Line> lines, boolean centred) {
    static Content centred(String kind, List<Line> lines) {
      return new Content(kind, lines, true);
    }

    static Content left(String kind, List<Line> lines) {
      return new Content(kind, lines, false);
    }

    static Content caption(Style style, String text) {
      return new Content("", List.of(new Line(style, text)), true);
    }

    int width() {
      int w = 0;
      for (Line l : lines) {
        w = Math.max(w, l.style().width(l.shown()));
      }
      return w + (kind.isEmpty() ? 0 : 2 * PAD_X);
    }

    int height() {
      return lines.stream().mapToInt(l -> l.style().lineHeight()).sum() + (kind.isEmpty() ? 0 : 2 * PAD_Y);
    }
  }

  /** Shapes in rows of equal width, each row as tall as its tallest shape, as many to a row as {@code wrap} allows. */
  private record Grid(List<Content> items, int w, int perRow) {
    static Grid row(List<Content> items, int minW) {
      return wrapped(items, minW, Integer.MAX_VALUE);
    }

    static Grid wrapped(List<Content> items, int minW, int wrap) {
      int w = Math.max(minW, items.stream().mapToInt(Content::width).max().orElse(0));
      long fit = wrap == Integer.MAX_VALUE ? items.size() : Math.max(1, (wrap + GAP) / (w + GAP));
      return new Grid(items, w, (int) Math.max(1, Math.min(fit, items.size())));
    }

    int width() {
      return items.isEmpty() ? 0 : perRow * (w + GAP) - GAP;
    }

    int rows() {
      return (items.size() + perRow - 1) / perRow;
    }

    List<Content> row(int r) {
      return items.subList(r * perRow, Math.min(items.size(), (r + 1) * perRow));
    }

    int rowHeight(int r) {
      return row(r).stream().mapToInt(Content::height).max().orElse(0);
    }

    int height() {
      int h = 0;
      for (int r = 0; r < rows(); r++) {
        h += rowHeight(r) + GAP;
      }
      return Math.max(0, h - GAP);
    }
  }

  /** Places shapes and captions from the top down. */
  private static final class Canvas {
    final int width;
    final List<Box> boxes = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();
    final List<Text> captions = new ArrayList<>();
    int y = MARGIN;

    Canvas(int width) {
      this.width = width;
    }

    void caption(Content c) {
      Line l = c.lines().get(0);
      captions.add(new Text(width / 2, y + l.style().baseline(), l.shown(), l.style().css(), "middle"));
      y += l.style().lineHeight();
    }

    Box box(Content c, int x, int w) {
      return place(c, x, y, w, c.height());
    }

    Box place(Content c, int x, int top, int w, int h) {
      List<Text> texts = new ArrayList<>();
      List<String> whole = new ArrayList<>();
      int lineTop = top + PAD_Y + (h - c.height()) / 2;
      for (Line l : c.lines()) {
        int tx = c.centred() ? x + w / 2 : x + PAD_X;
        texts.add(new Text(tx, lineTop + l.style().baseline(), l.shown(), l.style().css(), c.centred() ? "middle" : "start"));
        lineTop += l.style().lineHeight();
        whole.add(l.full());
      }
      boolean cut = c.lines().stream().anyMatch(l -> !l.shown().equals(l.full()));
      Box b = new Box(x, top, w, h, c.kind(), texts, cut ? List.of(String.join("\n", whole)) : List.of());
      boxes.add(b);
      return b;
    }

    /** The grid's shapes, centred between {@code left} and {@code left + span}; moves below it. */
    List<Box> grid(Grid g, int left, int span) {
      List<Box> out = new ArrayList<>();
      for (int r = 0; r < g.rows(); r++) {
        List<Content> row = g.row(r);
        int h = g.rowHeight(r);
        int x = left + (span - (row.size() * (g.w() + GAP) - GAP)) / 2;
        for (Content item : row) {
          out.add(place(item, x, y, g.w(), h));
          x += g.w() + GAP;
        }
        y += h + GAP;
      }
      return out;
    }

    /** A frame with a title at its top left and the grid inside it. */
    Box frame(Content title, Grid g, int width) {
      Line l = title.lines().get(0);
      int top = y;
      int h = PAD_Y + l.style().lineHeight() + PAD_Y + g.height() + GAP;
      Box frame = new Box(MARGIN, top, width - 2 * MARGIN, h, "routes",
          List.of(new Text(MARGIN + PAD_X, top + PAD_Y + l.style().baseline(), l.shown(), l.style().css(), "start")),
          List.of());
      boxes.add(frame);
      y = top + PAD_Y + l.style().lineHeight() + PAD_Y;
      grid(g, MARGIN, width - 2 * MARGIN);
      return frame;
    }
  }
}
