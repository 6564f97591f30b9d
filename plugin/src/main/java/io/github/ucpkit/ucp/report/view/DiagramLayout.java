package io.github.ucpkit.ucp.report.view;

import io.github.ucpkit.ucp.report.LogText;
import io.github.ucpkit.ucp.report.view.DiagramText.Style;
import io.github.ucpkit.ucp.report.view.DiagramView.Box;
import io.github.ucpkit.ucp.report.view.DiagramView.Edge;
import io.github.ucpkit.ucp.report.view.DiagramView.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * How the diagram places its shapes: text measured into shapes ({@link Content}), rows that wrap
 * ({@link Grid}), and a canvas that stacks them from the top down ({@link Canvas}).
 */
final class DiagramLayout {

  static final int MARGIN = 20;
  static final int GAP = 20;
  static final int PAD_X = 12;
  static final int PAD_Y = 8;

  private DiagramLayout() {}

  /** One line of a shape or caption: the text as given (control characters escaped), and as drawn. */
  record Line(Style style, String full) {
    Line {
      full = LogText.escape(full);
    }

    String shown() {
      return style.cut(full);
    }
  }

  /** The text of a shape (or of a caption, {@code kind} empty) before it is placed. */
  record Content(String kind, List<Line> lines, boolean centred) {
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
  record Grid(List<Content> items, int w, int perRow) {
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
  static final class Canvas {
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
