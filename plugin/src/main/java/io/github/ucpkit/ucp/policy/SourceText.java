package io.github.ucpkit.ucp.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A YAML file (or a {@code .env}) as lines, read the way the policy stage needs it: where each line's
 * comment starts, which block-mapping keys enclose each line ({@code services.web.image}), and the
 * text of the node a finding points at. One pass over the text, character by character and only as
 * far down as a question needs, with no regular expression; the YAML reader is not involved (it
 * drops comments, and a file it refuses can still carry suppressions). The scan knows quoted
 * scalars, flow collections and block scalars well enough that a {@code #} inside a value is never
 * taken for a comment.
 */
final class SourceText {

  /** How much of a line is looked at around a finding's column: bounded work on hostile one-line files. */
  private static final int WINDOW = 256;

  final String text;
  final int[] starts;
  final int[] ends;
  final int[] comments;
  final boolean[] commentOnly;
  final int[] pathOf;
  final List<String> keys = new ArrayList<>();
  final List<Integer> parents = new ArrayList<>();
  private int cursorLine = -1;
  private int cursorColumn;
  private int cursorOffset;
  private final LineScan scan = new LineScan(this);

  private SourceText(String text, int lines) {
    this.text = text;
    this.starts = new int[lines];
    this.ends = new int[lines];
    this.comments = new int[lines];
    this.commentOnly = new boolean[lines];
    this.pathOf = new int[lines];
  }

  static SourceText of(String text) {
    String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    return t.indexOf('\r') < 0 ? splitAtLineFeeds(t) : splitAtAnyBreak(t);
  }

  /** Most files: {@code indexOf} finds the breaks, with no per-character loop of our own. */
  private static SourceText splitAtLineFeeds(String t) {
    int lines = 1;
    for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
      lines++;
    }
    SourceText s = new SourceText(t, lines);
    int line = 0;
    for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
      s.ends[line] = i;
      s.starts[++line] = i + 1;
    }
    s.ends[line] = t.length();
    return s;
  }

  /** Files with a carriage return: {@code \r\n}, {@code \r} and {@code \n} each end a line. */
  private static SourceText splitAtAnyBreak(String t) {
    int lines = 1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n'))) {
        lines++;
      }
    }
    SourceText s = new SourceText(t, lines);
    int line = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\r' || c == '\n') {
        s.ends[line] = i;
        if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
          i++;
        }
        s.starts[++line] = i + 1;
      }
    }
    s.ends[line] = t.length();
    return s;
  }

  /**
   * Scans up to 1-based {@code line}: a finding's keys and node need only the lines down to it, so a
   * file whose findings sit near its top is not scanned to the end (comments need the whole file).
   */
  private void scanTo(int line) {
    scan.runTo(Math.min(line, lines()));
  }

  /** Number of lines (a file that ends with a line break has an empty last line). */
  int lines() {
    return starts.length;
  }

  /** The comment on 1-based {@code line}, from its {@code #}, or empty when it has none. */
  String comment(int line) {
    scanTo(line);
    int at = comments[line - 1];
    return at < 0 ? "" : text.substring(at, ends[line - 1]);
  }

  /** The 1-based column of the comment's {@code #} on {@code line} (in code points, as the YAML reader counts). */
  int commentColumn(int line) {
    scanTo(line);
    int at = comments[line - 1];
    return at < 0 ? 0 : text.codePointCount(starts[line - 1], at) + 1;
  }

  /** Whether {@code line} holds a comment and nothing else. */
  boolean commentOnly(int line) {
    scanTo(line);
    return commentOnly[line - 1];
  }

  /** The block keys enclosing 1-based {@code line}, outermost first, dot-separated; empty outside any. */
  String path(int line) {
    if (line < 1 || line > lines()) {
      return "";
    }
    scanTo(line);
    List<String> out = new ArrayList<>();
    for (int n = pathOf[line - 1]; n >= 0; n = parents.get(n)) {
      out.add(keys.get(n));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = out.size() - 1; i >= 0; i--) {
      sb.append(sb.length() == 0 ? "" : ".").append(out.get(i));
    }
    return sb.toString();
  }

  /**
   * The text of the node starting at 1-based {@code line} and {@code column}: a quoted scalar with its
   * quotes, a flow collection up to its closing bracket, a plain scalar up to where YAML ends it, or
   * the comment that starts there.
   * Only this line is read, and at most {@link #WINDOW} characters on each side of the column.
   */
  String node(int line, int column) {
    if (line < 1 || line > lines() || column < 1) {
      return "";
    }
    scanTo(line);
    int start = starts[line - 1];
    int end = comments[line - 1] >= 0 ? comments[line - 1] : ends[line - 1];
    int at = offset(line, column, ends[line - 1]);
    if (at == comments[line - 1]) {
      return text.substring(at, Math.min(ends[line - 1], at + WINDOW)).strip(); // a finding about the comment itself
    }
    if (at >= end) {
      return "";
    }
    boolean inFlow = flowDepthBefore(Math.max(start, at - WINDOW), at) > 0;
    int limit = Math.min(end, at + WINDOW);
    int stop = nodeEnd(at, limit, inFlow);
    return text.substring(at, stop).strip();
  }

  /**
   * The char offset of a code-point column. Findings come sorted by line and column, so the walk goes
   * on from the last position on the same line: linear in the line however many findings it has.
   */
  private int offset(int line, int column, int end) {
    if (line != cursorLine || column < cursorColumn) {
      cursorLine = line;
      cursorColumn = 1;
      cursorOffset = starts[line - 1];
    }
    while (cursorColumn < column && cursorOffset < end) {
      cursorOffset += Character.isHighSurrogate(text.charAt(cursorOffset)) && cursorOffset + 1 < end ? 2 : 1;
      cursorColumn++;
    }
    return cursorOffset;
  }

  private int flowDepthBefore(int from, int to) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    return depth;
  }

  private int nodeEnd(int at, int limit, boolean inFlow) {
    char first = text.charAt(at);
    if (first == '"' || first == '\'') {
      for (int i = at + 1; i < limit; i++) {
        char c = text.charAt(i);
        if (first == '"' && c == '\\') {
          i++;
        } else if (c == first) {
          if (first == '\'' && i + 1 < limit && text.charAt(i + 1) == '\'') {
            i++;
          } else {
            return i + 1;
          }
        }
      }
      return limit;
    }
    if (first == '[' || first == '{') {
      int depth = 0;
      char quote = 0;
      for (int i = at; i < limit; i++) {
        char c = text.charAt(i);
        if (quote != 0) {
          if (c == '\\' && quote == '"') {
            i++;
          } else if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '[' || c == '{') {
          depth++;
        } else if ((c == ']' || c == '}') && --depth == 0) {
          return i + 1;
        }
      }
      return limit;
    }
    for (int i = at; i < limit; i++) {
      char c = text.charAt(i);
      boolean spaceAfter = i + 1 >= limit || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t';
      if ((c == ':' && spaceAfter) || (inFlow && (c == ',' || c == ']' || c == '}'))) {
        return i;
      }
    }
    return limit;
  }
}
