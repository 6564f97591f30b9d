package io.github.ucpkit.ucp.report;

/**
 * Makes a value safe to echo in a log line, a SARIF message or the HTML report: a value from a
 * Compose file or a file name must never start a line of its own (CI systems execute lines such as
 * {@code ::error ...} as commands, and a fake {@code [INFO] BUILD SUCCESS} misleads a reader) nor
 * reorder what is shown. Line breaks of every kind, other control characters and the bidirectional
 * overrides are shown as escapes instead.
 */
public final class LogText {

  private LogText() {}

  public static String escape(String text) {
    int first = 0;
    // printable ASCII is most of every message and never replaced: no call per character for it
    while (first < text.length() && text.charAt(first) >= 0x20 && text.charAt(first) < 0x7f) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder sb = null;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = replacement(c);
      if (replacement != null && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        sb.append(replacement != null ? replacement : String.valueOf(c));
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static String replacement(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    boolean unsafe = c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1 (U+0085 NEXT LINE among them)
        || c == '\u2028' || c == '\u2029' // line and paragraph separators
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') // bidirectional overrides
        || c == '\u200e' || c == '\u200f' || c == '\u061c' || c == '\ufeff';
    return unsafe ? String.format("\\u%04x", (int) c) : null;
  }
}
