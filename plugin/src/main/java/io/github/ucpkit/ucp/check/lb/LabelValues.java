package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the Interlock rules share: which characters in a label value could change the structure of
 * a generated config (LB-VAL-001 reports them; the other rules skip such values so one mistake
 * yields one finding), and how to show label text in a message without breaking the console line.
 */
final class LabelValues {

  /**
   * Labels whose value is a short directive of several words ({@code httpchk GET /ping},
   * {@code keepalive 32}). A plain space is allowed in them because LB-VAL-002 parses them word by
   * word against a fixed grammar; every other label is one word.
   */
  private static final List<String> MULTI_WORD = List.of("health_check", "backend_option");

  private static final int SHOWN = 3;
  private static final int MAX_QUOTED = 80;

  private LabelValues() {}

  /** Every {@code interlock.*} label of the service with exactly this key, in file order (repeats included). */
  static List<Label> all(Service service, String name) {
    String key = Interlock.PREFIX + name;
    return service.labels().stream().filter(l -> l.key().equals(key)).toList();
  }

  /** Whether the value is free of characters LB-VAL-001 reports; rules validate only such values. */
  static boolean safe(Label label) {
    return unsafe(label).isEmpty();
  }

  /**
   * The unsafe characters in the label's value, named for a message ({@code a newline},
   * {@code U+0000 (NUL)}), distinct and in order of appearance; empty when the value is safe.
   */
  static List<String> unsafe(Label label) {
    boolean spaces = multiWord(label.key());
    Set<String> found = new LinkedHashSet<>();
    String v = label.value();
    for (int i = 0; i < v.length(); ) {
      int cp = v.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ' && spaces) {
        continue;
      }
      describe(cp).ifPresent(found::add);
    }
    return new ArrayList<>(found);
  }

  /** {@code a newline}, {@code a newline and a tab}, {@code a, b, c and 2 more}. */
  static String list(List<String> names) {
    if (names.size() > SHOWN) {
      return String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN) + " more";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static boolean multiWord(String key) {
    if (!key.startsWith(Interlock.PREFIX)) {
      return false;
    }
    String name = key.substring(Interlock.PREFIX.length());
    for (String base : MULTI_WORD) {
      if (name.equals(base) || name.startsWith(base + ".")) {
        return true;
      }
    }
    return false;
  }

  /** The name of an unsafe character, or empty for a character that is harmless in a config. */
  static Optional<String> describe(int cp) {
    switch (cp) {
      case ' ':
        return Optional.of("a space");
      case '\t':
        return Optional.of("a tab");
      case '\n':
        return Optional.of("a newline");
      case '\r':
        return Optional.of("a carriage return");
      case 0:
        return Optional.of("U+0000 (NUL)");
      case ';':
        return Optional.of("a semicolon (\";\")");
      case '{':
        return Optional.of("an opening brace (\"{\")");
      case '}':
        return Optional.of("a closing brace (\"}\")");
      case '\'':
        return Optional.of("a single quote (\"'\")");
      case '"':
        return Optional.of("a double quote ('\"')");
      case '#':
        return Optional.of("a hash sign (\"#\")");
      case '$':
        return Optional.of("a dollar sign (\"$\")");
      case '\\':
        return Optional.of("a backslash (\"\\\")");
      case '%':
        return Optional.of("a percent sign (\"%\")");
      default:
        break;
    }
    if (Character.isISOControl(cp)) {
      return Optional.of(codePoint(cp) + " (a control character)");
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return Optional.of(codePoint(cp) + " (a space character)");
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT || type == Character.SURROGATE) {
      // Invisible: zero-width spaces, bidi overrides, a stray half of a surrogate pair.
      return Optional.of(codePoint(cp) + " (an invisible character)");
    }
    return Optional.empty();
  }

  static String codePoint(int cp) {
    return String.format("U+%04X", cp);
  }

  /**
   * Label text in double quotes, fit for a one-line message: quotes, backslashes and invisible
   * characters escaped, long text shortened.
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (shown++ == MAX_QUOTED) {
        out.append("...");
        break;
      }
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (cp != ' ' && describe(cp).filter(d -> d.startsWith("U+")).isPresent()) {
            out.append("\\u{").append(String.format("%04X", cp)).append('}');
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
