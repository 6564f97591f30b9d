package io.github.ucpkit.ucp.load.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The docker CLI's substitution of variables in one string (its compose template package), quirks
 * included: an unbraced {@code $VAR-text} takes the rest up to a closing brace as a default; the
 * default forms are tried before the required ones; an error is forgotten when a later substitution
 * in the same string succeeds.
 */
final class StackTemplate {

  /**
   * @param unset names looked up without a default or an error form that were not set
   * @param error what failed ("invalid" for a {@code $} that starts no variable, or the required
   *     variable's message), or null
   */
  record Result(String value, List<String> unset, String error) {}

  private StackTemplate() {}

  /**
   * The CLI's substitution of one string; see the class comment for its quirks. The CLI matches
   * {@code \\$(?i:(\\$)|(NAME)|\\{(NAME)\\}|())} with {@code NAME = [_a-z][_a-z0-9]*(:?[-?][^}]*)?};
   * this scanner finds the same matches in one pass, remembering where the next {@code }} is, so a
   * long value full of {@code $} costs linear time.
   */
  static Result substitute(String template, Function<String, Optional<String>> variables) {
    StringBuilder out = new StringBuilder();
    Set<String> unset = new LinkedHashSet<>();
    String error = null;
    int nextClose = -2; // -2: not looked up yet; -1: none left
    int i = 0;
    int n = template.length();
    while (i < n) {
      char c = template.charAt(i);
      if (c != '$') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 < n && template.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      String sub = null;
      int end = i + 1;
      if (i + 1 < n && isNameStart(template.charAt(i + 1))) {
        end = nameEnd(template, i + 1);
        if (hasOperator(template, end)) {
          if (nextClose != -1 && nextClose < end) {
            nextClose = template.indexOf('}', end);
          }
          end = nextClose < 0 ? n : nextClose;
        }
        sub = template.substring(i + 1, end);
      } else if (i + 2 < n && template.charAt(i + 1) == '{' && isNameStart(template.charAt(i + 2))) {
        int nameEnd = nameEnd(template, i + 2);
        int close = nameEnd;
        if (hasOperator(template, nameEnd)) {
          if (nextClose != -1 && nextClose < nameEnd) {
            nextClose = template.indexOf('}', nameEnd);
          }
          close = nextClose;
        }
        if (close >= 0 && close < n && template.charAt(close) == '}') {
          sub = template.substring(i + 2, close);
          end = close + 1;
        }
      }
      if (sub == null) {
        error = "invalid"; // the empty alternative: a '$' that starts no variable
        i++;
        continue;
      }
      i = end;
      String value = null;
      boolean failed = false;
      for (String sep : List.of(":-", "-", ":?", "?")) {
        int at = sub.indexOf(sep);
        error = null; // each substitution function the CLI tries resets the error
        if (at < 0) {
          continue;
        }
        String name = sub.substring(0, at);
        String argument = sub.substring(at + sep.length());
        Optional<String> v = variables.apply(name);
        switch (sep) {
          case ":-" -> value = v.filter(x -> !x.isEmpty()).orElse(argument);
          case "-" -> value = v.orElse(argument);
          default -> {
            if (v.isEmpty() || (sep.equals(":?") && v.get().isEmpty())) {
              error = "required variable " + name + " is missing a value: " + argument;
              failed = true;
            } else {
              value = v.get();
            }
          }
        }
        break;
      }
      if (failed) {
        continue;
      }
      if (value == null) {
        Optional<String> v = variables.apply(sub);
        if (v.isEmpty()) {
          unset.add(sub);
        }
        value = v.orElse("");
      }
      out.append(value);
    }
    return new Result(out.toString(), new ArrayList<>(unset), error);
  }

  /** {@code [_a-z]} under Go's case folding: also A-Z, the long s and the Kelvin sign. */
  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\u017F' || c == '\u212A';
  }

  private static int nameEnd(String text, int start) {
    int i = start + 1;
    while (i < text.length() && (isNameStart(text.charAt(i)) || (text.charAt(i) >= '0' && text.charAt(i) <= '9'))) {
      i++;
    }
    return i;
  }

  /** Whether {@code :-}, {@code -}, {@code :?} or {@code ?} follows the name. */
  private static boolean hasOperator(String text, int at) {
    if (at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '?')) {
      return true;
    }
    return at + 1 < text.length() && text.charAt(at) == ':' && (text.charAt(at + 1) == '-' || text.charAt(at + 1) == '?');
  }

}
