package io.github.ucpkit.ucp.report.view;

/**
 * How wide and tall the diagram's text is, without a browser to measure it. Every text in the
 * diagram is set in a monospaced font (the report's CSS), whose glyphs all advance about 0.6 em
 * (DejaVu Sans Mono, Menlo and Liberation Mono 0.60, SF Mono 0.60, Consolas 0.55); 0.62 em per
 * column leaves a margin. A character outside those fonts (CJK, emoji, most scripts past Cyrillic)
 * falls back to a font where it is up to about 1.2 em wide, so it counts as two columns. Text longer
 * than its style allows (a DNS name may have 253 characters) is cut with an ellipsis and shown whole
 * in the shape's tooltip, so one long name cannot stretch the drawing.
 */
public final class DiagramText {

  private static final double EM_PER_COLUMN = 0.62;

  private DiagramText() {}

  /**
   * A kind of text: its CSS class, font size in px, the height of the line it sits on, and the most
   * columns it shows (small shapes sit side by side; captions and zone records have the width).
   */
  public enum Style {
    CLUSTER("cluster", 15, 22, 64),
    TITLE("title", 13, 18, 48),
    SUBTITLE("subtitle", 11, 16, 56),
    RECORD("record", 12, 17, 100),
    NOTE("note", 12, 18, 100),
    TOLERANCE("tolerance", 12, 18, 100);

    private final String css;
    private final int px;
    private final int lineHeight;
    private final int columns;

    Style(String css, int px, int lineHeight, int columns) {
      this.css = css;
      this.px = px;
      this.lineHeight = lineHeight;
      this.columns = columns;
    }

    /** The most columns a line of this style shows. */
    public int columns() {
      return columns;
    }

    public String css() {
      return css;
    }

    public int px() {
      return px;
    }

    public int lineHeight() {
      return lineHeight;
    }

    /**
     * From the top of the line to the baseline. A glyph box reaches about 0.93 em above the baseline
     * and 0.24 em below it; the rest of the line height is split evenly above and below.
     */
    public int baseline() {
      double glyphs = 1.17 * px;
      return (int) Math.round(lineHeight - (lineHeight - glyphs) / 2 - 0.24 * px);
    }

    /** Width of {@code text} in px, rounded up. */
    public int width(String text) {
      return (int) Math.ceil(DiagramText.columns(text) * EM_PER_COLUMN * px);
    }

    /** {@code text} cut to {@link #columns()}, the last column an ellipsis when it was longer. */
    public String cut(String text) {
      return DiagramText.cut(text, columns);
    }
  }

  static String cut(String text, int max) {
    if (columns(text) <= max) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = columns(cp);
      if (used + w > max - 1) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.append('…').toString();
  }

  static int columns(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      n += columns(cp);
      i += Character.charCount(cp);
    }
    return n;
  }

  private static int columns(int cp) {
    // Latin, Greek, Cyrillic, punctuation and arrows are in the monospaced fonts; anything else may
    // come from a wider fallback font
    return cp < 0x0530 || (cp >= 0x2000 && cp < 0x2800) ? 1 : 2;
  }
}
