package io.github.ucpkit.ucp.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The pass over a {@link SourceText}'s lines that finds comments, block keys and block scalars, line
 * by line as far as it is asked. A small state machine per character (between tokens, in a plain
 * scalar, in a quoted one), with the flow depth and an open quoted scalar carried from line to line;
 * no regular expression. It runs over a {@code char[]} with {@code int} states: the policy stage meets
 * it cold, after the checks, when a call per character is what an interpreted loop pays most for.
 */
final class LineScan {

  private static final int BETWEEN = 0;
  private static final int PLAIN = 1;
  private static final int SINGLE = 2;
  private static final int DOUBLE = 3;

  private final SourceText s;
  private final List<int[]> stack = new ArrayList<>(); // {column, key node}
  private char[] t;
  private int scanned;
  private int carried = BETWEEN;
  private int flowDepth;
  private int blockScalarIndent = -1;

  LineScan(SourceText s) {
    this.s = s;
  }

  /** Scans the lines not scanned yet up to 1-based {@code last}. */
  void runTo(int last) {
    if (scanned >= last) {
      return;
    }
    if (t == null) {
      t = s.text.toCharArray();
    }
    for (int line = scanned; line < last; line++) {
      s.comments[line] = -1;
      line(line);
      s.pathOf[line] = stack.isEmpty() ? -1 : stack.get(stack.size() - 1)[1];
    }
    scanned = last;
  }

  private boolean spaceAfter(int i, int end) {
    return i + 1 >= end || t[i + 1] == ' ' || t[i + 1] == '\t';
  }

  private void line(int line) {
    char[] t = this.t;
    int start = s.starts[line];
    int end = s.ends[line];
    int content = start;
    while (content < end && t[content] == ' ') {
      content++;
    }
    int indent = content - start;
    boolean blank = content == end;
    if (blockScalarIndent >= 0) {
      if (blank || indent > blockScalarIndent) {
        return; // the content of a literal or folded scalar: no comment, no key
      }
      blockScalarIndent = -1;
    }
    boolean continues = carried != BETWEEN || flowDepth > 0;
    int state = carried;
    int tokenStart = -1;
    int tokenEnd = -1;
    int keyStart = -1;
    String key = null;
    boolean blockIndicator = false;
    for (int i = content; i < end; i++) {
      char c = t[i];
      switch (state) {
        case DOUBLE -> {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            state = BETWEEN;
            tokenEnd = i + 1;
          }
        }
        case SINGLE -> {
          if (c == '\'') {
            if (i + 1 < end && t[i + 1] == '\'') {
              i++;
            } else {
              state = BETWEEN;
              tokenEnd = i + 1;
            }
          }
        }
        case PLAIN -> {
          if ((c == ' ' || c == '\t') && i + 1 < end && t[i + 1] == '#') {
            s.comments[line] = i + 1;
            i = end;
          } else if (c == ':' && spaceAfter(i, end)) {
            tokenEnd = i;
            state = BETWEEN;
            i--; // the colon again, as a key indicator
          } else if (flowDepth > 0 && (c == ',' || c == ']' || c == '}')) {
            tokenEnd = i;
            state = BETWEEN;
            i--;
          }
        }
        case BETWEEN -> {
          if (c == ' ' || c == '\t' || c == ',') {
            continue;
          }
          if (c == '#') {
            s.comments[line] = i;
            i = end;
          } else if (c == '"' || c == '\'') {
            state = c == '"' ? DOUBLE : SINGLE;
            tokenStart = i;
            tokenEnd = -1;
          } else if (c == '[' || c == '{') {
            flowDepth++;
          } else if (c == ']' || c == '}') {
            flowDepth = Math.max(0, flowDepth - 1);
          } else if ((c == '-' || c == '?') && spaceAfter(i, end)) {
            tokenStart = -1;
          } else if (c == ':' && spaceAfter(i, end)) {
            if (key == null && !continues && flowDepth == 0 && tokenStart >= 0 && tokenEnd > tokenStart) {
              keyStart = tokenStart;
              key = unquote(new String(t, tokenStart, tokenEnd - tokenStart).strip());
            }
            tokenStart = -1;
          } else if ((c == '|' || c == '>') && flowDepth == 0) {
            blockIndicator = true;
            state = PLAIN; // its modifiers (-, +, a digit) up to a comment
            tokenStart = -1;
          } else {
            state = PLAIN;
            tokenStart = i;
            tokenEnd = -1;
          }
        }
        default -> throw new IllegalStateException();
      }
    }
    if (state == PLAIN) {
      state = BETWEEN;
    }
    carried = state;
    s.commentOnly[line] = s.comments[line] == content && !continues;
    if (key != null) {
      int column = keyStart - start;
      pop(column);
      s.keys.add(key);
      s.parents.add(stack.isEmpty() ? -1 : stack.get(stack.size() - 1)[1]);
      stack.add(new int[] {column, s.keys.size() - 1});
    } else if (!continues && !blank && !s.commentOnly[line]) {
      pop(indent);
    }
    if (blockIndicator && carried == BETWEEN && flowDepth == 0) {
      blockScalarIndent = indent;
    }
  }

  private void pop(int column) {
    while (!stack.isEmpty() && stack.get(stack.size() - 1)[0] >= column) {
      stack.remove(stack.size() - 1);
    }
  }

  private static String unquote(String token) {
    if (token.length() >= 2 && (token.charAt(0) == '"' || token.charAt(0) == '\'')
        && token.charAt(token.length() - 1) == token.charAt(0)) {
      return token.substring(1, token.length() - 1);
    }
    return token;
  }
}
