package io.github.ucpkit.ucp.model.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * YAML 1.1 scalar resolution the way PyYAML's {@code SafeLoader} does it, because docker-compose reads
 * files with {@code yaml.safe_load}. The patterns are PyYAML's implicit resolvers, tried in the same
 * order (bool, float, int, null, timestamp); {@code <<} (merge) and {@code =} (value) are handled by
 * the reader.
 */
public final class Yaml11 {

  // Every repetition of a group is possessive (*+, ++): Java's regex engine recurses once per
  // iteration of a non-possessive group, so 1:0:0:... with a few thousand parts overflowed the stack.
  // Each iteration here starts with a character the one before cannot take, so possessive matching
  // accepts exactly what PyYAML's patterns accept (Yaml11PatternsTest compares them).
  private static final Pattern BOOL =
      Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?[0-9][0-9_]*+\\.[0-9_]*+(?:[eE][-+][0-9]++)?"
              + "|\\.[0-9_]++(?:[eE][-+][0-9]++)?"
              + "|[-+]?[0-9][0-9_]*+(?::[0-5]?[0-9])++\\.[0-9_]*+"
              + "|[-+]?\\.(?:inf|Inf|INF)"
              + "|\\.(?:nan|NaN|NAN)");
  private static final Pattern INT =
      Pattern.compile(
          "[-+]?0b[0-1_]++"
              + "|[-+]?0[0-7_]++"
              + "|[-+]?(?:0|[1-9][0-9_]*+)"
              + "|[-+]?0x[0-9a-fA-F_]++"
              + "|[-+]?[1-9][0-9_]*+(?::[0-5]?[0-9])++");
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
              + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
              + "(?:[Tt]|[ \\t]++)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*+)?"
              + "(?:[ \\t]*+(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");
  private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*+(?::[0-5]?[0-9])++");
  private static final Pattern LEADING_ZERO_OCTAL = Pattern.compile("[-+]?0[0-7_]++");

  /**
   * Python 3.11 refuses to turn a decimal text of more digits into an int or an int into such a text
   * ({@code sys.int_info.default_max_str_digits}); docker-compose's PyYAML fails on such a plain
   * integer, and on printing any larger integer.
   */
  public static final int MAX_INT_DIGITS = 4300;

  private static final String TAG_PREFIX = "tag:yaml.org,2002:";

  private Yaml11() {}

  /**
   * The type of a plain (unquoted, untagged) scalar. Like PyYAML, which files its implicit resolvers
   * under their possible first characters, only the patterns that can start with the scalar's first
   * character are tried: most scalars are words, and they match none.
   */
  public static ScalarType resolvePlain(String text) {
    if (text.isEmpty()) {
      return ScalarType.NULL;
    }
    char first = text.charAt(0);
    switch (first) {
      case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O' -> {
        if (BOOL.matcher(text).matches()) {
          return ScalarType.BOOL;
        }
        return (first == 'n' || first == 'N') && NULL.matcher(text).matches() ? ScalarType.NULL : ScalarType.STR;
      }
      case '~' -> {
        return text.length() == 1 ? ScalarType.NULL : ScalarType.STR;
      }
      case '-', '+', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
        if (FLOAT.matcher(text).matches()) {
          return ScalarType.FLOAT;
        }
        if (INT.matcher(text).matches()) {
          return ScalarType.INT;
        }
        return first >= '0' && first <= '9' && TIMESTAMP.matcher(text).matches() ? ScalarType.TIMESTAMP : ScalarType.STR;
      }
      default -> {
        return ScalarType.STR;
      }
    }
  }

  /** The definition {@link #resolvePlain} shortcuts: every pattern, in PyYAML's order. */
  static ScalarType resolveByEveryPattern(String text) {
    for (var p : java.util.List.of(java.util.Map.entry(BOOL, ScalarType.BOOL), java.util.Map.entry(FLOAT, ScalarType.FLOAT),
        java.util.Map.entry(INT, ScalarType.INT), java.util.Map.entry(NULL, ScalarType.NULL),
        java.util.Map.entry(TIMESTAMP, ScalarType.TIMESTAMP))) {
      if (p.getKey().matcher(text).matches()) {
        return p.getValue();
      }
    }
    return ScalarType.STR;
  }

  /**
   * The type an explicit scalar tag asks for, or empty when SafeLoader has no constructor for it
   * (PyYAML then fails the whole file).
   */
  public static Optional<ScalarType> resolveTag(String tag) {
    if (tag.equals("!")) {
      return Optional.of(ScalarType.STR);
    }
    if (!tag.startsWith(TAG_PREFIX)) {
      return Optional.empty();
    }
    return switch (tag.substring(TAG_PREFIX.length())) {
      case "str", "binary" -> Optional.of(ScalarType.STR);
      case "int" -> Optional.of(ScalarType.INT);
      case "float" -> Optional.of(ScalarType.FLOAT);
      case "bool" -> Optional.of(ScalarType.BOOL);
      case "null" -> Optional.of(ScalarType.NULL);
      case "timestamp" -> Optional.of(ScalarType.TIMESTAMP);
      default -> Optional.empty();
    };
  }

  /** True for a plain integer that YAML 1.1 reads in base 60 ({@code 22:22} is 1342). */
  public static boolean isSexagesimal(YScalar s) {
    return s.plain() && s.type() == ScalarType.INT && SEXAGESIMAL.matcher(s.text()).matches();
  }

  /** True for a plain integer with a leading zero that YAML 1.1 reads in base 8 ({@code 0755}). */
  public static boolean isLeadingZeroOctal(YScalar s) {
    return s.plain() && s.type() == ScalarType.INT && LEADING_ZERO_OCTAL.matcher(s.text()).matches();
  }

  /** True for a plain {@code yes/no/on/off} that YAML 1.1 reads as a boolean, YAML 1.2 as a word. */
  public static boolean isWordBoolean(YScalar s) {
    if (!s.plain() || s.type() != ScalarType.BOOL) {
      return false;
    }
    String lower = s.text().toLowerCase(Locale.ROOT);
    return !lower.equals("true") && !lower.equals("false");
  }

  static boolean parseBool(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.equals("yes") || lower.equals("true") || lower.equals("on");
  }

  /**
   * Why PyYAML, or docker-compose printing the value, would fail on this integer or float for its
   * size, before anything here computes it; empty when the number is fine. An integer's size is
   * estimated from its significant digits and computed exactly only near the limit, so a
   * megabyte of digits costs one pass over the text.
   */
  public static Optional<String> tooLarge(String text, ScalarType type) {
    if (type == ScalarType.FLOAT) {
      int parts = base60Parts(text);
      return parts <= PyFloat.MAX_BASE60_PARTS
          ? Optional.empty()
          : Optional.of("a base-60 float of " + parts + " parts; docker-compose's YAML loader stops with"
              + " OverflowError from " + (PyFloat.MAX_BASE60_PARTS + 1) + " parts on");
    }
    if (type != ScalarType.INT) {
      return Optional.empty();
    }
    // the estimate is never below the true count and at most five above it
    long digits = decimalDigitsAtMost(text);
    if (digits <= MAX_INT_DIGITS) {
      return Optional.empty();
    }
    if (digits > MAX_INT_DIGITS + 5) {
      return Optional.of(tooManyDigits("about " + digits));
    }
    int exact = parseInt(text).abs().toString().length();
    return exact > MAX_INT_DIGITS ? Optional.of(tooManyDigits(Integer.toString(exact))) : Optional.empty();
  }

  private static String tooManyDigits(String digits) {
    return "an integer of " + digits + " decimal digits; docker-compose's Python stops at " + MAX_INT_DIGITS
        + " (\"Exceeds the limit (" + MAX_INT_DIGITS + " digits) for integer string conversion\")";
  }

  /** How many parts {@code :} separates; 1 without a colon. */
  static int base60Parts(String text) {
    int parts = 1;
    for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
      parts++;
    }
    return parts;
  }

  /**
   * An upper bound, at most five too high, on the decimal digits of a YAML 1.1 integer's value: the
   * significant digits of its text times the digits one digit of its base is worth.
   */
  private static long decimalDigitsAtMost(String text) {
    String v = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    if (v.indexOf(':') >= 0) {
      // the first part is an ordinary number, every later one a digit in base 60
      int colon = v.indexOf(':');
      return significant(v, 0, colon) + decimalDigitsAtMost(base60Parts(v) - 1, 60);
    }
    int radix = v.startsWith("0b") ? 2 : v.startsWith("0x") ? 16 : v.startsWith("0") && v.length() > 1 ? 8 : 10;
    int from = radix == 2 || radix == 16 ? 2 : 0;
    return decimalDigitsAtMost(significant(v, from, v.length()), radix);
  }

  /**
   * An upper bound, at most five too high, on the decimal digits of a number with this many
   * significant digits in this base.
   */
  public static long decimalDigitsAtMost(long significantDigits, int radix) {
    return (long) Math.ceil(significantDigits * Math.log10(radix)) + 1;
  }

  /** Digits between from and to, without underscores and leading zeros. */
  private static long significant(String v, int from, int to) {
    long count = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c != '_' && (count > 0 || c != '0')) {
        count++;
      }
    }
    return count;
  }

  static BigInteger parseInt(String text) {
    String v = text.replace("_", "");
    int sign = 1;
    if (v.startsWith("-")) {
      sign = -1;
      v = v.substring(1);
    } else if (v.startsWith("+")) {
      v = v.substring(1);
    }
    BigInteger result;
    if (v.equals("0")) {
      result = BigInteger.ZERO;
    } else if (v.startsWith("0b")) {
      result = new BigInteger(v.substring(2), 2);
    } else if (v.startsWith("0x")) {
      result = new BigInteger(v.substring(2), 16);
    } else if (v.startsWith("0")) {
      result = new BigInteger(v.substring(1), 8);
    } else if (v.indexOf(':') >= 0) {
      result = BigInteger.ZERO;
      int start = 0;
      for (int colon = v.indexOf(':'); ; colon = v.indexOf(':', start)) {
        int end = colon < 0 ? v.length() : colon;
        result = result.multiply(BigInteger.valueOf(60)).add(new BigInteger(v.substring(start, end)));
        if (colon < 0) {
          break;
        }
        start = colon + 1;
      }
    } else {
      result = new BigInteger(v);
    }
    return sign < 0 ? result.negate() : result;
  }

  /**
   * A float's value as a number, or empty for {@code inf}/{@code nan} (JSON cannot hold them) and
   * for what PyYAML cannot read: the double PyYAML builds, at its shortest decimal.
   */
  public static Optional<BigDecimal> parseFloat(String text) {
    OptionalDouble d = PyFloat.construct(text);
    if (d.isEmpty() || Double.isNaN(d.getAsDouble()) || Double.isInfinite(d.getAsDouble())) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(PyFloat.str(d.getAsDouble())));
  }

  /** Python's {@code str()} of the float PyYAML builds from this text, as in a label. */
  static String pythonFloat(String text) {
    OptionalDouble d = PyFloat.construct(text);
    return d.isPresent() ? PyFloat.str(d.getAsDouble()) : "inf";
  }

  /** The float as {@code docker-compose config} writes it: PyYAML's representer ({@code 1.0e+16}, {@code .inf}). */
  public static String representFloat(String text) {
    OptionalDouble d = PyFloat.construct(text);
    return d.isPresent() ? PyFloat.yaml(d.getAsDouble()) : ".inf";
  }
}
