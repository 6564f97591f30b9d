package io.github.ucpkit.ucp.check.stack;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One placement constraint as the swarm's scheduler reads it ({@code <key> <op> <value>}): the
 * operators are tried in the order {@code ==}, {@code !=}, the text is split at the first one found,
 * and both sides are trimmed and checked against the scheduler's patterns. Keys compare ignoring
 * case, label names exactly; values compare ignoring case.
 *
 * @param equal {@code ==} rather than {@code !=}
 */
record PlacementConstraint(String key, boolean equal, String value) {

  /** What the key selects; a key the scheduler does not know never matches a node, whatever the operator. */
  enum Kind { NODE_ID, NODE_HOSTNAME, NODE_IP, NODE_ROLE, NODE_OS, NODE_ARCH, NODE_LABEL, ENGINE_LABEL, UNKNOWN }

  static final String NODE_LABELS = "node.labels.";
  static final String ENGINE_LABELS = "engine.labels.";

  /**
   * The scheduler's key pattern, {@code (?i)[a-z_][a-z0-9\-_.]+}: Go's case folding also lets the
   * Kelvin sign and the long s stand for k and s.
   */
  private static final Pattern KEY = Pattern.compile("[a-zA-Z\u017F\u212A_][a-zA-Z0-9\u017F\u212A\\-_.]+");
  /** Its value pattern; Go's {@code \s} is only tab, newline, form feed, carriage return and space. */
  private static final Pattern VALUE = Pattern.compile("[a-zA-Z0-9\u017F\u212A:\\-_\t\n\f\r .*()?+\\[\\]\\\\^$|/]+");

  /** The constraint, or why the swarm refuses it (its own words). */
  record Parsed(Optional<PlacementConstraint> constraint, String refusal) {}

  static Parsed parse(String text) {
    for (String op : new String[] {"==", "!="}) {
      int at = text.indexOf(op);
      if (at < 0) {
        continue;
      }
      String key = goTrim(text.substring(0, at));
      if (!KEY.matcher(key).matches()) {
        return new Parsed(Optional.empty(), "key '" + key + "' is invalid");
      }
      String value = goTrim(text.substring(at + op.length()));
      if (!VALUE.matcher(value).matches()) {
        return new Parsed(Optional.empty(), "value '" + value + "' is invalid");
      }
      return new Parsed(Optional.of(new PlacementConstraint(key, op.equals("=="), value)), "");
    }
    return new Parsed(Optional.empty(), "constraint expected one operator from ==, !=");
  }

  Kind kind() {
    String lower = folded(key);
    return switch (lower) {
      case "node.id" -> Kind.NODE_ID;
      case "node.hostname" -> Kind.NODE_HOSTNAME;
      case "node.ip" -> Kind.NODE_IP;
      case "node.role" -> Kind.NODE_ROLE;
      case "node.platform.os" -> Kind.NODE_OS;
      case "node.platform.arch" -> Kind.NODE_ARCH;
      default -> lower.startsWith(NODE_LABELS) && key.length() > NODE_LABELS.length() ? Kind.NODE_LABEL
          : lower.startsWith(ENGINE_LABELS) && key.length() > ENGINE_LABELS.length() ? Kind.ENGINE_LABEL
          : Kind.UNKNOWN;
    };
  }

  /** The key as the scheduler tells keys apart: the built-in part ignoring case, a label's name exactly. */
  String identity() {
    return switch (kind()) {
      case NODE_LABEL -> NODE_LABELS + key.substring(NODE_LABELS.length());
      case ENGINE_LABEL -> ENGINE_LABELS + key.substring(ENGINE_LABELS.length());
      default -> folded(key);
    };
  }

  /** The key as Go's {@code strings.EqualFold} compares it with an ASCII word: the long s is s, the Kelvin sign k. */
  private static String folded(String key) {
    return key.replace('\u017F', 's').replace('\u212A', 'k').toLowerCase(Locale.ROOT);
  }

  /** Go's {@code strings.TrimSpace}: Unicode white space at both ends. */
  static String goTrim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && space(s.charAt(start))) {
      start++;
    }
    while (end > start && space(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean space(char c) {
    return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || Character.isSpaceChar(c);
  }
}
