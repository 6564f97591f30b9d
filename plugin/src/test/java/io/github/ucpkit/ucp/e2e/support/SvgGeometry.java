package io.github.ucpkit.ucp.e2e.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the browser put each part of the report's cluster diagram: every shape, every text and every
 * line, in the SVG's own units, as Chromium laid them out. {@link #instrument} adds a measuring
 * script to a copy of the report (the report itself forbids scripts, which changes nothing about
 * layout); the script appends its measurements to the page, and {@link #parse} reads them from the
 * DOM Chromium dumps.
 */
public record SvgGeometry(double width, double height, List<Shape> shapes, List<Label> labels, List<Segment> lines) {

  public record Rect(double x, double y, double w, double h) {
    /** Within half a pixel: the browser places text on fractional positions. */
    boolean contains(Rect o) {
      return o.x >= x - 0.5 && o.y >= y - 0.5 && o.x + o.w <= x + w + 0.5 && o.y + o.h <= y + h + 0.5;
    }

    /** Overlapping by more than half a pixel each way. */
    boolean overlaps(Rect o) {
      return o.x < x + w - 0.5 && x < o.x + o.w - 0.5 && o.y < y + h - 0.5 && y < o.y + o.h - 0.5;
    }
  }

  /** A {@code <g>} with its rectangle; {@code index} counts the groups in document order. */
  public record Shape(int index, String kind, Rect box) {}

  /** A {@code <text>}: in shape {@code shape}, or a caption of the drawing when that is -1. */
  public record Label(int shape, String kind, String text, Rect box) {}

  public record Segment(double x1, double y1, double x2, double y2) {
    /** Whether any part of the segment lies inside {@code r} (Liang-Barsky clipping, half a pixel in). */
    boolean crosses(Rect r) {
      double dx = x2 - x1;
      double dy = y2 - y1;
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {x1 - (r.x() + 0.5), (r.x() + r.w() - 0.5) - x1, y1 - (r.y() + 0.5), (r.y() + r.h() - 0.5) - y1};
      double t0 = 0;
      double t1 = 1;
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] < 0) {
            return false;
          }
        } else {
          double t = q[i] / p[i];
          if (p[i] < 0) {
            t0 = Math.max(t0, t);
          } else {
            t1 = Math.min(t1, t);
          }
        }
      }
      return t0 < t1;
    }
  }

  private static final String SCRIPT = """
      <script>
      (function () {
        var svg = document.querySelector('#cluster svg');
        var out = ['svg|' + svg.viewBox.baseVal.width + '|' + svg.viewBox.baseVal.height];
        function box(b) { return [b.x, b.y, b.width, b.height].join('|'); }
        svg.querySelectorAll('g').forEach(function (g, i) {
          out.push('shape|' + i + '|' + g.getAttribute('data-kind') + '|' + box(g.querySelector('rect').getBBox()));
          g.querySelectorAll('text').forEach(function (t) {
            out.push('text|' + i + '|' + t.getAttribute('class') + '|' + box(t.getBBox()) + '|' + t.textContent);
          });
        });
        svg.querySelectorAll(':scope > text').forEach(function (t) {
          out.push('text|-1|' + t.getAttribute('class') + '|' + box(t.getBBox()) + '|' + t.textContent);
        });
        svg.querySelectorAll('line').forEach(function (l) {
          out.push('line|' + [l.x1, l.y1, l.x2, l.y2].map(function (a) { return a.baseVal.value; }).join('|'));
        });
        var pre = document.createElement('pre');
        pre.id = 'geometry';
        pre.textContent = out.join('\\n');
        document.body.appendChild(pre);
      })();
      </script>
      """;

  /** The report with the measuring script and without the policy that forbids it. */
  public static String instrument(String html) {
    String withoutPolicy = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
    assertTrue(withoutPolicy.length() < html.length(), "the report declares a content security policy");
    return withoutPolicy.replace("</body>", SCRIPT + "</body>");
  }

  public static SvgGeometry parse(String dom) {
    int start = dom.indexOf("<pre id=\"geometry\">");
    assertTrue(start >= 0, "the measuring script ran");
    String body = dom.substring(start + "<pre id=\"geometry\">".length(), dom.indexOf("</pre>", start));
    double width = 0;
    double height = 0;
    List<Shape> shapes = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    List<Segment> lines = new ArrayList<>();
    for (String line : body.split("\n")) {
      String[] f = line.split("\\|", 8);
      switch (f[0]) {
        case "svg" -> {
          width = d(f[1]);
          height = d(f[2]);
        }
        case "shape" -> shapes.add(new Shape(Integer.parseInt(f[1]), f[2], rect(f, 3)));
        case "text" -> labels.add(new Label(Integer.parseInt(f[1]), f[2], unescape(f[7]), rect(f, 3)));
        case "line" -> lines.add(new Segment(d(f[1]), d(f[2]), d(f[3]), d(f[4])));
        default -> throw new AssertionError("unexpected measurement: " + line);
      }
    }
    return new SvgGeometry(width, height, shapes, labels, lines);
  }

  /**
   * The drawing is laid out: every text inside its shape (a caption inside the drawing, clear of every
   * shape), no two texts on top of each other, no line through a text, and no two shapes overlapping
   * except the routes inside their frame.
   */
  public void assertLaidOut() {
    Rect drawing = new Rect(0, 0, width, height);
    for (Label l : labels) {
      if (l.shape() >= 0) {
        Shape s = shapes.get(l.shape());
        assertTrue(s.box().contains(l.box()), () -> "\"" + l.text() + "\" " + l.box() + " overflows its " + s.kind() + " " + s.box());
      } else {
        assertTrue(drawing.contains(l.box()), () -> "caption \"" + l.text() + "\" " + l.box() + " leaves the drawing " + drawing);
        for (Shape s : shapes) {
          assertTrue(!s.box().overlaps(l.box()), () -> "caption \"" + l.text() + "\" overlaps the " + s.kind() + " " + s.box());
        }
      }
      for (Segment line : lines) {
        assertTrue(!line.crosses(l.box()), () -> "a line " + line + " crosses \"" + l.text() + "\" " + l.box());
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        Label a = labels.get(i);
        Label b = labels.get(j);
        assertTrue(!a.box().overlaps(b.box()), () -> "\"" + a.text() + "\" and \"" + b.text() + "\" overlap");
      }
    }
    for (Shape a : shapes) {
      assertTrue(drawing.contains(a.box()), () -> "the " + a.kind() + " " + a.box() + " leaves the drawing");
      for (Shape b : shapes) {
        boolean nested = a.kind().equals("routes") && b.kind().equals("route");
        if (a.index() < b.index() && !nested) {
          assertTrue(!a.box().overlaps(b.box()), () -> "the " + a.kind() + " " + a.box() + " overlaps the " + b.kind() + " " + b.box());
        } else if (nested) {
          assertTrue(a.box().contains(b.box()), () -> "the route " + b.box() + " leaves its frame " + a.box());
        }
      }
    }
  }

  /** The texts of one kind of shape, in document order. */
  public List<String> texts(String shapeKind) {
    return labels.stream().filter(l -> l.shape() >= 0 && shapes.get(l.shape()).kind().equals(shapeKind)).map(Label::text).toList();
  }

  public List<String> captions() {
    return labels.stream().filter(l -> l.shape() < 0).map(Label::text).toList();
  }

  public long count(String shapeKind) {
    return shapes.stream().filter(s -> s.kind().equals(shapeKind)).count();
  }

  private static Rect rect(String[] f, int from) {
    return new Rect(d(f[from]), d(f[from + 1]), d(f[from + 2]), d(f[from + 3]));
  }

  private static double d(String s) {
    return Double.parseDouble(s);
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
  }
}
