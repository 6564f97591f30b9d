package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.model.yaml.PyFloat;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import io.github.ucpkit.ucp.model.yaml.Yaml11;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docker-compose's conversions after interpolation: text at certain paths becomes a boolean, an
 * integer, a float or microseconds, and label values of any type become text. This is why
 * {@code privileged: "yes"} passes, {@code privileged: "${UNSET}"} fails and {@code labels: {a: true}}
 * yields the label {@code True}. List items share their list's path, as in docker-compose.
 */
final class TypeConversion {

  private enum Kind { BOOL, INT, FLOAT, MICROSECONDS, TEXT }

  private record Rule(String[] pattern, Kind kind) {}

  private static final List<Rule> RULES = List.of(
      rule("services/*/blkio_config/weight", Kind.INT),
      rule("services/*/blkio_config/weight_device/weight", Kind.INT),
      rule("services/*/build/labels/*", Kind.TEXT),
      rule("services/*/cpus", Kind.FLOAT),
      rule("services/*/cpu_count", Kind.INT),
      rule("services/*/cpu_quota", Kind.MICROSECONDS),
      rule("services/*/cpu_period", Kind.MICROSECONDS),
      rule("services/*/cpu_rt_period", Kind.MICROSECONDS),
      rule("services/*/cpu_rt_runtime", Kind.MICROSECONDS),
      rule("services/*/configs/mode", Kind.INT),
      rule("services/*/secrets/mode", Kind.INT),
      rule("services/*/healthcheck/retries", Kind.INT),
      rule("services/*/healthcheck/disable", Kind.BOOL),
      rule("services/*/deploy/labels/*", Kind.TEXT),
      rule("services/*/deploy/replicas", Kind.INT),
      rule("services/*/deploy/placement/max_replicas_per_node", Kind.INT),
      rule("services/*/deploy/resources/limits/cpus", Kind.FLOAT),
      rule("services/*/deploy/update_config/parallelism", Kind.INT),
      rule("services/*/deploy/update_config/max_failure_ratio", Kind.FLOAT),
      rule("services/*/deploy/rollback_config/parallelism", Kind.INT),
      rule("services/*/deploy/rollback_config/max_failure_ratio", Kind.FLOAT),
      rule("services/*/deploy/restart_policy/max_attempts", Kind.INT),
      rule("services/*/mem_swappiness", Kind.INT),
      rule("services/*/labels/*", Kind.TEXT),
      rule("services/*/oom_kill_disable", Kind.BOOL),
      rule("services/*/oom_score_adj", Kind.INT),
      rule("services/*/ports/target", Kind.INT),
      rule("services/*/ports/published", Kind.INT),
      rule("services/*/scale", Kind.INT),
      rule("services/*/ulimits/*", Kind.INT),
      rule("services/*/ulimits/*/soft", Kind.INT),
      rule("services/*/ulimits/*/hard", Kind.INT),
      rule("services/*/privileged", Kind.BOOL),
      rule("services/*/read_only", Kind.BOOL),
      rule("services/*/stdin_open", Kind.BOOL),
      rule("services/*/tty", Kind.BOOL),
      rule("services/*/volumes/read_only", Kind.BOOL),
      rule("services/*/volumes/volume/nocopy", Kind.BOOL),
      rule("networks/*/attachable", Kind.BOOL),
      rule("networks/*/external", Kind.BOOL),
      rule("networks/*/internal", Kind.BOOL),
      rule("networks/*/labels/*", Kind.TEXT),
      rule("volumes/*/external", Kind.BOOL),
      rule("volumes/*/labels/*", Kind.TEXT),
      rule("secrets/*/external", Kind.BOOL),
      rule("secrets/*/labels/*", Kind.TEXT),
      rule("configs/*/external", Kind.BOOL),
      rule("configs/*/labels/*", Kind.TEXT));

  // Python's int(s, 0) and float(s) grammars. Every repeated group is possessive: each iteration
  // starts with a digit or '_' the one before cannot take, so this accepts what the plain form does,
  // and Java's regex engine does not recurse once per digit (a quoted 2,000-digit scale overflowed
  // the stack).
  private static final Pattern PY_INT =
      Pattern.compile("[+-]?+(?:0[xX](?:_?[0-9a-fA-F])++|0[oO](?:_?[0-7])++|0[bB](?:_?[01])++|[1-9](?:_?[0-9])*+|0(?:_?0)*+)");
  private static final String DIGITS = "[0-9](?:_?[0-9])*+";
  private static final Pattern PY_FLOAT =
      Pattern.compile("[+-]?+(?:(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?+)?+|\\." + DIGITS + ")(?:[eE][+-]?+" + DIGITS + ")?+"
              + "|inf(?:inity)?+|nan)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION =
      Pattern.compile("(?:([0-9.]++)h)?(?:([0-9.]++)m)?(?:([0-9.]++)s)?(?:([0-9.]++)ms)?(?:([0-9.]++)us)?(?:([0-9.]++)ns)?");

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /**
   * The rules as a tree of path segments ({@code *} for any key), so that a walk descends only where
   * some rule goes on: most of a file (environment, commands, volumes) is never visited.
   */
  private static final class Step {
    private final Map<String, Step> next = new HashMap<>();
    private Kind kind;

    Step next(String key) {
      Step named = next.get(key);
      return named != null ? named : next.get("*");
    }
  }

  private static final Step ROOT = tree();

  private static Rule rule(String pattern, Kind kind) {
    return new Rule(pattern.split("/"), kind);
  }

  private static Step tree() {
    Step root = new Step();
    for (Rule r : RULES) {
      Step at = root;
      for (String segment : r.pattern()) {
        at = at.next.computeIfAbsent(segment, k -> new Step());
      }
      at.kind = r.kind();
    }
    check(root);
    return root;
  }

  /** {@link Step#next} prefers a named segment; that is only right while no step has both kinds. */
  private static void check(Step step) {
    if (step.next.containsKey("*") && step.next.size() > 1) {
      throw new IllegalStateException("a conversion rule mixes * with named keys at one level");
    }
    step.next.values().forEach(TypeConversion::check);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  YMap apply(YMap document) {
    return (YMap) walk(document, ROOT, new ArrayList<>());
  }

  /** The node with its conversions applied; the node itself when nothing under it changes. */
  private YNode walk(YNode node, Step step, List<String> path) {
    if (node instanceof YMap map) {
      return map.withValues(e -> {
        Step next = step.next(e.key().text());
        if (next == null) {
          return e.value();
        }
        path.add(e.key().text());
        YNode value = walk(e.value(), next, path);
        path.remove(path.size() - 1);
        return value;
      });
    }
    if (node instanceof YSeq seq) {
      return seq.withItems(item -> walk(item, step, path));
    }
    return step.kind == null ? node : convert((YScalar) node, step.kind, path);
  }

  private YScalar convert(YScalar s, Kind kind, List<String> path) {
    if (kind == Kind.TEXT) {
      return s.isNull() || s.isString() ? s : s.with(s.pythonText(), ScalarType.STR);
    }
    if (!s.isString()) {
      return s;
    }
    String text = s.text();
    Optional<YScalar> converted = switch (kind) {
      case BOOL -> toBoolean(text).map(b -> s.with(b ? "true" : "false", ScalarType.BOOL));
      case INT -> toInt(text).map(i -> s.with(i.toString(), ScalarType.INT));
      case FLOAT -> toFloat(text).map(f -> s.with(f, ScalarType.FLOAT));
      case MICROSECONDS -> toMicroseconds(text).map(us -> s.with(Long.toString(us), ScalarType.INT));
      case TEXT -> Optional.of(s);
    };
    if (converted.isPresent()) {
      return converted.get();
    }
    String what = switch (kind) {
      case BOOL -> "a valid boolean value (yes/no, true/false, on/off, y/n)";
      case INT -> intTooLarge(text)
          ? "an integer docker-compose can use: it has more than " + Yaml11.MAX_INT_DIGITS + " digits, where Python stops"
          : "a valid integer";
      case FLOAT -> "a valid number";
      default -> durationTooLarge(text)
          ? "a duration docker-compose can use: a number in it has more than " + Yaml11.MAX_INT_DIGITS + " digits"
          : "a valid duration such as 10ms or 1s";
    };
    diagnostics.add(ComposeFindings.CONVERSION.at(
        s.at(),
        "cannot convert " + display(path) + " to the type it needs: \"" + snippet(text) + "\" is not " + what,
        text.isEmpty() ? "the value is empty, probably an unset variable; set it or give a default with ${VAR:-value}" : ""));
    return s;
  }

  /** docker-compose's own spelling of the path: {@code service.web.privileged}. */
  private static String display(List<String> path) {
    List<String> parts = new ArrayList<>(path);
    String section = parts.get(0);
    parts.set(0, section.endsWith("s") ? section.substring(0, section.length() - 1) : section);
    return String.join(".", parts);
  }

  private static String snippet(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "... (" + text.length() + " characters)";
  }

  static Optional<Boolean> toBoolean(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "y", "yes", "true", "on" -> Optional.of(true);
      case "n", "no", "false", "off" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /**
   * Python's {@code int(s, 0)}, after docker-compose turns {@code 0NNN} into octal; empty when that
   * fails, and for a value of more than {@link Yaml11#MAX_INT_DIGITS} decimal digits, which Python
   * refuses to read or print. The size is estimated before anything is parsed.
   */
  static Optional<BigInteger> toInt(String text) {
    String s = text.strip();
    Optional<Radix> radix = radix(s);
    if (radix.isEmpty()) {
      return Optional.empty();
    }
    String digits = s.substring(radix.get().prefix()).replace("_", "");
    long estimate = Yaml11.decimalDigitsAtMost(significant(digits), radix.get().base());
    if (estimate > Yaml11.MAX_INT_DIGITS + 5) {
      return Optional.empty();
    }
    BigInteger v = new BigInteger(digits, radix.get().base());
    if (v.toString().length() > Yaml11.MAX_INT_DIGITS) {
      return Optional.empty();
    }
    return Optional.of(s.startsWith("-") ? v.negate() : v);
  }

  /** Where the digits start and their base, for a text Python's {@code int(s, 0)} accepts. */
  private record Radix(int prefix, int base) {}

  private static Optional<Radix> radix(String s) {
    if (s.length() > 1 && s.charAt(0) == '0' && allDigits(s, 1)) {
      // docker-compose's own rule: 0NNN is octal, and 08 is no number at all
      return allOctal(s, 1) ? Optional.of(new Radix(1, 8)) : Optional.empty();
    }
    if (!PY_INT.matcher(s).matches()) {
      return Optional.empty();
    }
    int sign = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
    if (s.length() > sign + 1 && s.charAt(sign) == '0' && s.charAt(sign + 1) != '_') {
      char p = Character.toLowerCase(s.charAt(sign + 1));
      return Optional.of(new Radix(sign + 2, p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10));
    }
    return Optional.of(new Radix(sign, 10));
  }

  private static boolean allDigits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean allOctal(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) > '7') {
        return false;
      }
    }
    return true;
  }

  private static long significant(String digits) {
    int i = 0;
    while (i < digits.length() && digits.charAt(i) == '0') {
      i++;
    }
    return digits.length() - i;
  }

  private static boolean intTooLarge(String text) {
    String s = text.strip();
    return radix(s).isPresent() && toInt(s).isEmpty();
  }

  /**
   * Python's {@code float(s)} as the float's YAML text ({@code 1.0e+16}, {@code .inf}): the value is a
   * double, so {@code 1e999999999} is {@code inf} in one step, as in Python.
   */
  static Optional<String> toFloat(String text) {
    String s = text.strip();
    if (!PY_FLOAT.matcher(s).matches()) {
      return Optional.empty();
    }
    String lower = s.toLowerCase(Locale.ROOT);
    double sign = lower.startsWith("-") ? -1 : 1;
    String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
    double value = unsigned.startsWith("inf") ? Double.POSITIVE_INFINITY
        : unsigned.equals("nan") ? Double.NaN
        : Double.parseDouble(unsigned.replace("_", ""));
    return Optional.of(PyFloat.yaml(sign * value));
  }

  /** A duration such as {@code 1h30m} or {@code 1.5s} in whole microseconds. */
  static Optional<Long> toMicroseconds(String text) {
    Matcher m = DURATION.matcher(text.strip());
    if (text.isBlank() || !m.matches() || durationTooLarge(text)) {
      return Optional.empty();
    }
    double[] unitsInMicros = {3_600_000_000d, 60_000_000d, 1_000_000d, 1_000d, 1d, 0.001d};
    double total = 0;
    for (int g = 1; g <= 6; g++) {
      if (m.group(g) != null) {
        try {
          total += Double.parseDouble(m.group(g)) * unitsInMicros[g - 1];
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.of((long) total);
  }

  /** docker-compose reads a duration's whole numbers with {@code int()}, which stops at 4,300 digits. */
  private static boolean durationTooLarge(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run > Yaml11.MAX_INT_DIGITS) {
        return true;
      }
    }
    return false;
  }
}
