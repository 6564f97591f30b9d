package io.github.ucpkit.ucp.load.env;

/**
 * A position in a {@code .env} text plus the line number python-dotenv would count, with the
 * whitespace, comment and line-break rules {@link DotEnv}'s statements are made of.
 */
final class DotEnvCursor {

  private final String text;
  private int at;
  private int line = 1;

  DotEnvCursor(String text) {
    this.text = text;
  }

  int at() {
    return at;
  }

  int line() {
    return line;
  }

  int length() {
    return text.length();
  }

  boolean atEnd() {
    return at >= text.length();
  }

  char charAt(int index) {
    return text.charAt(index);
  }

  int indexOf(char c, int from) {
    return text.indexOf(c, from);
  }

  String slice(int start, int end) {
    return text.substring(start, end);
  }

  /** The next character, or -1 at the end. */
  int peek() {
    return atEnd() ? -1 : text.charAt(at);
  }

  void advance(int count) {
    moveTo(at + count);
  }

  /** Moves forward, counting \r\n, \n and \r as one line break each. */
  void moveTo(int target) {
    for (int i = at; i < target; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    at = target;
  }

  int endOfLine() {
    return endOfLineFrom(at);
  }

  void skipWhitespace() {
    int i = at;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    moveTo(i);
  }

  void skipInlineWhitespace() {
    moveTo(inlineSpaceEnd(at));
  }

  private int inlineSpaceEnd(int from) {
    int i = from;
    while (i < text.length() && isInlineSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code export} counts only when followed by inline whitespace; {@code export=1} is a key. */
  void skipExport() {
    if (text.startsWith("export", at)) {
      int end = inlineSpaceEnd(at + 6);
      if (end > at + 6) {
        moveTo(end);
      }
    }
  }

  /** Skips {@code [inline space]# ...} up to the line break, if it is there. */
  void skipComment() {
    int i = inlineSpaceEnd(at);
    if (i < text.length() && text.charAt(i) == '#') {
      moveTo(endOfLineFrom(i));
    }
  }

  private int endOfLineFrom(int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** Consumes trailing inline space and one line break; anything else is an error. */
  void expectEndOfLine(String after) throws Unparsable {
    int i = inlineSpaceEnd(at);
    if (i >= text.length()) {
      moveTo(i);
      return;
    }
    char c = text.charAt(i);
    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
      moveTo(i + 2);
    } else if (c == '\n' || c == '\r') {
      moveTo(i + 1);
    } else {
      int end = endOfLineFrom(i);
      throw new Unparsable(
          "unexpected '" + shorten(text.substring(i, end)) + "' after " + after);
    }
  }

  /** Recovery after an error: the rest of the current line and its line break. */
  void skipRestOfLine() {
    int i = endOfLineFrom(at);
    if (i < text.length()) {
      i += text.startsWith("\r\n", i) ? 2 : 1;
    }
    moveTo(i);
  }

  private static String shorten(String s) {
    return s.length() <= 30 ? s : s.substring(0, 30) + "...";
  }

  /** Thrown with the cursor left where the statement stopped making sense. */
  static final class Unparsable extends Exception {
    private static final long serialVersionUID = 1L;

    Unparsable(String message) {
      super(message, null, false, false);
    }
  }

  /** Python's {@code \s} and {@code str.isspace()}, which are wider than Java's whitespace. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  private static boolean isInlineSpace(char c) {
    return c != '\n' && c != '\r' && isSpace(c);
  }
}
