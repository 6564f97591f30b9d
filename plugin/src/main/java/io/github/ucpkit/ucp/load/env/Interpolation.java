package io.github.ucpkit.ucp.load.env;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Variable substitution in one compose value, with the rules of docker-compose 1.29.2 for every
 * file that is not format 1: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-d}}, {@code ${VAR-d}},
 * {@code ${VAR:?e}}, {@code ${VAR?e}} and {@code $$}.
 *
 * <p>The value is scanned once from left to right and the first problem ends the scan, so
 * {@code "${A?x} $1"} with A unset reports the missing value and {@code "$1 ${A?x}"} the invalid
 * format, as docker-compose does. Positions in {@link Invalid#reason()} count characters (code
 * points) from 1.
 */
public final class Interpolation {

  private static final int SNIPPET_LIMIT = 40;

  /**
   * Unset names kept per value: a value of "$a1$a2$a3..." names millions, and each would become a
   * warning; the first hundred say what is wrong.
   */
  public static final int MAX_UNSET = 100;

  private final Function<String, Optional<String>> variables;

  /** @param variables looks a variable up by its exact, case-sensitive name */
  public Interpolation(Function<String, Optional<String>> variables) {
    this.variables = Objects.requireNonNull(variables, "variables");
  }

  /** What {@link #apply(String)} produced. */
  public sealed interface Outcome permits Substituted, Invalid, MissingValue, TooLong {}

  /**
   * The substituted text.
   *
   * @param unset names looked up by {@code $VAR} or {@code ${VAR}} that were not set, in order of
   *     first appearance, at most {@link #MAX_UNSET}; docker-compose warns about each and substitutes "". The forms with a
   *     default or an error never count as unset, since docker-compose does not warn for them.
   */
  public record Substituted(String value, List<String> unset) implements Outcome {
    public Substituted {
      Objects.requireNonNull(value, "value");
      unset = List.copyOf(unset);
    }
  }

  /** docker-compose rejects the whole value with "Invalid interpolation format". */
  public record Invalid(String reason) implements Outcome {
    public Invalid {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A {@code ${VAR:?err}} or {@code ${VAR?err}} whose variable is missing.
   *
   * @param message the err text, or the variable name when the text is empty (docker-compose falls
   *     back to the name)
   */
  public record MissingValue(String variable, String message) implements Outcome {
    public MissingValue {
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The substituted text would be longer than the limit {@link #apply(String, long)} was given;
   * substitution stopped there, before building it.
   */
  public record TooLong(long limit) implements Outcome {}

  /** False when the text has no {@code $}: {@link #apply} would return it unchanged. */
  public static boolean mentionsVariables(String text) {
    return text.indexOf('$') >= 0;
  }

  public Outcome apply(String text) {
    return apply(text, Long.MAX_VALUE);
  }

  /** Substitutes, giving up as soon as the result would be longer than {@code maxLength} characters. */
  public Outcome apply(String text, long maxLength) {
    Objects.requireNonNull(text, "text");
    try {
      return substituteAll(text, new BoundedText(maxLength, text.length()));
    } catch (BoundedText.Full full) {
      return new TooLong(maxLength);
    }
  }

  private Outcome substituteAll(String text, BoundedText out) {
    Set<String> unset = new LinkedHashSet<>();
    int length = text.length();
    int from = 0;
    while (true) {
      int dollar = text.indexOf('$', from);
      if (dollar < 0) {
        out.append(text, from, length);
        return new Substituted(out.toString(), new ArrayList<>(unset));
      }
      out.append(text, from, dollar);
      int next = dollar + 1;
      if (next == length) {
        return new Invalid(
            "lone '$' at the end of the value (position "
                + position(text, dollar)
                + "); write '$$' for a literal dollar sign");
      }
      char c = text.charAt(next);
      if (c == '$') {
        out.append('$');
        from = next + 1;
      } else if (isNameStart(c)) {
        int end = nameEnd(text, next);
        String name = text.substring(next, end);
        Optional<String> value = variables.apply(name);
        if (value.isEmpty() && unset.size() < MAX_UNSET) {
          unset.add(name);
        }
        out.append(value.orElse(""));
        from = end;
      } else if (c == '{') {
        Braced braced = braced(text, dollar);
        if (braced instanceof Failed failed) {
          return new Invalid(failed.reason());
        }
        Group group = (Group) braced;
        Outcome missing = substitute(group, out, unset);
        if (missing != null) {
          return missing;
        }
        from = group.end();
      } else {
        String shown = new String(Character.toChars(text.codePointAt(next)));
        return new Invalid(
            "'$"
                + shown
                + "' at position "
                + position(text, dollar)
                + " is not a variable; write '$$"
                + shown
                + "' for a literal dollar sign");
      }
    }
  }

  /** Appends the group's replacement; returns a MissingValue instead when it is one. */
  private MissingValue substitute(Group group, BoundedText out, Set<String> unset) {
    Optional<String> value = variables.apply(group.name());
    switch (group.operator()) {
      case "" -> {
        if (value.isEmpty() && unset.size() < MAX_UNSET) {
          unset.add(group.name());
        }
        out.append(value.orElse(""));
      }
      case ":-" -> out.append(value.filter(v -> !v.isEmpty()).orElse(group.argument()));
      case "-" -> out.append(value.orElse(group.argument()));
      case ":?", "?" -> {
        boolean acceptEmpty = group.operator().equals("?");
        if (value.isEmpty() || (!acceptEmpty && value.get().isEmpty())) {
          String message = group.argument().isEmpty() ? group.name() : group.argument();
          return new MissingValue(group.name(), message);
        }
        out.append(value.get());
      }
      default -> throw new IllegalStateException("operator " + group.operator());
    }
    return null;
  }

  private sealed interface Braced permits Group, Failed {}

  /** {@code ${name<operator><argument>}}; end is the index after the closing brace. */
  private record Group(String name, String operator, String argument, int end) implements Braced {}

  private record Failed(String reason) implements Braced {}

  /** Parses the {@code ${...}} starting at {@code dollar}. */
  private static Braced braced(String text, int dollar) {
    int open = dollar + 1;
    int close = text.indexOf('}', open + 1);
    int nameStart = open + 1;
    String at = " at position " + position(text, dollar);
    if (close < 0) {
      return new Failed(
          "'" + snippet(text, dollar, text.length()) + "'" + at + " is not closed with '}'");
    }
    String whole = "'" + snippet(text, dollar, close + 1) + "'" + at;
    if (close == nameStart) {
      return new Failed(whole + " has no variable name");
    }
    if (!isNameStart(text.charAt(nameStart))) {
      return new Failed(
          whole
              + ": a variable name starts with a letter or '_' and goes on with letters, digits"
              + " or '_'");
    }
    int nameEnd = nameEnd(text, nameStart);
    String name = text.substring(nameStart, nameEnd);
    if (nameEnd == close) {
      return new Group(name, "", "", close + 1);
    }
    String operator = operatorAt(text, nameEnd);
    if (operator == null) {
      char c = text.charAt(nameEnd);
      if (c == ':' || c == '+' || c == '=') {
        String unknown = c == ':' ? text.substring(nameEnd, Math.min(nameEnd + 2, close)) : "" + c;
        return new Failed(
            whole
                + " uses the operator '"
                + unknown
                + "', which docker-compose 1.29.2 does not support (only :-, -, :? and ?)");
      }
      return new Failed(
          whole + ": a variable name may only contain letters, digits and '_'");
    }
    // The argument is everything up to the first '}' and is taken literally: docker-compose does
    // not substitute inside it, so ${A:-${B}} yields "${B" followed by a literal "}".
    String argument = text.substring(nameEnd + operator.length(), close);
    return new Group(name, operator, argument, close + 1);
  }

  private static String operatorAt(String text, int index) {
    char c = text.charAt(index);
    if (c == '-' || c == '?') {
      return String.valueOf(c);
    }
    if (c == ':' && index + 1 < text.length()) {
      char d = text.charAt(index + 1);
      if (d == '-' || d == '?') {
        return ":" + d;
      }
    }
    return null;
  }

  private static int nameEnd(String text, int start) {
    int i = start + 1;
    while (i < text.length() && isNamePart(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isFoldedLetter(c);
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  /**
   * docker-compose matches names with {@code [_a-z]} under Python's Unicode case-insensitive
   * matching, which also accepts the four non-ASCII letters whose case mapping lands on an ASCII
   * letter: dotted capital I, dotless small i, long s and the Kelvin sign.
   */
  private static boolean isFoldedLetter(char c) {
    return c == '\u0130' || c == '\u0131' || c == '\u017F' || c == '\u212A';
  }

  private static int position(String text, int index) {
    return text.codePointCount(0, index) + 1;
  }

  private static String snippet(String text, int start, int end) {
    if (text.codePointCount(start, end) <= SNIPPET_LIMIT) {
      return text.substring(start, end);
    }
    return text.substring(start, text.offsetByCodePoints(start, SNIPPET_LIMIT)) + "...";
  }
}
