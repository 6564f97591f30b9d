package io.github.ucpkit.ucp.check;

/**
 * A value from the input, quoted for a one-line message: quotes, backslashes and control or
 * invisible characters escaped, long text shortened, so an echoed value can neither break the
 * console line nor hide what it holds.
 */
public final class Echo {

  private static final int MAX_SHOWN = 80;

  private Echo() {}

  public static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (shown++ == MAX_SHOWN) {
        out.append("...");
        break;
      }
      int type = Character.getType(cp);
      if (cp == '"' || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        out.append("\\u{").append(String.format("%04X", cp)).append('}');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.append('"').toString();
  }
}
