package io.github.ucpkit.ucp.model.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * YAML 1.1 scalar resolution the way PyYAML's {@code SafeLoader} does it, because docker-compose reads
 * files with {@code yaml.safe_load}. The patterns are PyYAML's implicit resolvers, tried in the same
 * order (bool, float, int, null, timestamp); {@code <<} (merge) and {@code =} (value) are handled by
 * the reader.
 */
public final class Yaml11 {

  private static final Pattern BOOL =
      Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
              + "|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
              + "|[-+]?\\.(?:inf|Inf|INF)"
              + "|\\.(?:nan|NaN|NAN)");
  private static final Pattern INT =
      Pattern.compile(
          "[-+]?0b[0-1_]+"
              + "|[-+]?0[0-7_]+"
              + "|[-+]?(?:0|[1-9][0-9_]*)"
              + "|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
              + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
              + "(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
              + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");
  private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+");
  private static final Pattern LEADING_ZERO_OCTAL = Pattern.compile("[-+]?0[0-7_]+");

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
    } else if (v.contains(":")) {
      result = BigInteger.ZERO;
      for (String part : v.split(":")) {
        result = result.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
      }
    } else {
      result = new BigInteger(v);
    }
    return sign < 0 ? result.negate() : result;
  }

  /** A float's value as a number, or empty for {@code .inf}/{@code .nan}, which JSON cannot hold. */
  public static Optional<BigDecimal> parseFloat(String text) {
    String v = text.replace("_", "").toLowerCase(Locale.ROOT);
    if (v.contains("inf") || v.contains("nan")) {
      return Optional.empty();
    }
    int sign = 1;
    if (v.startsWith("-")) {
      sign = -1;
      v = v.substring(1);
    } else if (v.startsWith("+")) {
      v = v.substring(1);
    }
    BigDecimal result;
    if (v.contains(":")) {
      result = BigDecimal.ZERO;
      for (String part : v.split(":")) {
        result = result.multiply(BigDecimal.valueOf(60)).add(new BigDecimal(part));
      }
    } else {
      result = new BigDecimal(v.endsWith(".") ? v + "0" : v);
    }
    return Optional.of(sign < 0 ? result.negate() : result);
  }

  static String pythonFloat(String text) {
    Optional<BigDecimal> value = parseFloat(text);
    if (value.isEmpty()) {
      String v = text.toLowerCase(Locale.ROOT);
      return v.contains("nan") ? "nan" : v.startsWith("-") ? "-inf" : "inf";
    }
    String plain = value.get().stripTrailingZeros().toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }
}
