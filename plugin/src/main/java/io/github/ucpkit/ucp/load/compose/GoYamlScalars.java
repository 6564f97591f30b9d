package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plain scalars typed the way the docker CLI's YAML library (go-yaml v3) types them, which is not
 * YAML 1.1: {@code yes}, {@code on} and {@code y} are words, {@code 80:80} is text (no base 60),
 * {@code 0o17} and {@code 1_000} are integers, {@code 1e3} is a number, and a date is text to the
 * schema. Integers and numbers get a canonical decimal text so the rest of the plugin reads their
 * value as before. Quoted and tagged scalars keep their type.
 */
final class GoYamlScalars {

  private static final Map<String, ScalarType> WORDS = Map.ofEntries(
      Map.entry("true", ScalarType.BOOL), Map.entry("True", ScalarType.BOOL), Map.entry("TRUE", ScalarType.BOOL),
      Map.entry("false", ScalarType.BOOL), Map.entry("False", ScalarType.BOOL), Map.entry("FALSE", ScalarType.BOOL),
      Map.entry("", ScalarType.NULL), Map.entry("~", ScalarType.NULL), Map.entry("null", ScalarType.NULL),
      Map.entry("Null", ScalarType.NULL), Map.entry("NULL", ScalarType.NULL),
      Map.entry(".nan", ScalarType.FLOAT), Map.entry(".NaN", ScalarType.FLOAT), Map.entry(".NAN", ScalarType.FLOAT),
      Map.entry(".inf", ScalarType.FLOAT), Map.entry(".Inf", ScalarType.FLOAT), Map.entry(".INF", ScalarType.FLOAT),
      Map.entry("+.inf", ScalarType.FLOAT), Map.entry("+.Inf", ScalarType.FLOAT), Map.entry("+.INF", ScalarType.FLOAT),
      Map.entry("-.inf", ScalarType.FLOAT), Map.entry("-.Inf", ScalarType.FLOAT), Map.entry("-.INF", ScalarType.FLOAT));

  /** go-yaml's float syntax for scalars starting with a digit or a sign. */
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  /** What Go's ParseInt with base 0 reads: decimal, 0x hex, 0o or leading-0 octal, 0b binary. */
  private static final Pattern GO_INT = Pattern.compile("[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)");
  /** Dates and times go-yaml tries before numbers: four digits and a dash, then one of its layouts. */
  private static final Pattern TIMESTAMP = Pattern.compile(
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\\.[0-9]+)?(Z|[-+][0-9]{2}:[0-9]{2})?)?");

  private GoYamlScalars() {}

  static YMap apply(YMap document) {
    return (YMap) walk(document);
  }

  private static YNode walk(YNode node) {
    if (node instanceof YMap map) {
      YMap values = map.withValues(e -> walk(e.value()));
      return keysRetyped(values);
    }
    if (node instanceof YSeq seq) {
      return seq.withItems(GoYamlScalars::walk);
    }
    YScalar s = (YScalar) node;
    return s.plain() ? retype(s) : s;
  }

  /** The map with its plain keys typed as go-yaml types them ({@code yes:} is a string key, {@code 1:} is not). */
  private static YMap keysRetyped(YMap map) {
    boolean changed = false;
    java.util.List<YMap.Entry> entries = new java.util.ArrayList<>(map.size());
    for (YMap.Entry e : map.all()) {
      YScalar key = e.key().plain() ? retype(e.key()) : e.key();
      changed |= key != e.key();
      // a key go-yaml does not read as a string fails the file anyway (COMPOSE-KEY-001); its canonical text is fine
      entries.add(key == e.key() ? e : new YMap.Entry(key, e.value()));
    }
    return changed ? YMap.of(entries, map.at()) : map;
  }

  static YScalar retype(YScalar s) {
    String text = s.text();
    ScalarType word = WORDS.get(text);
    if (word != null) {
      return word == ScalarType.BOOL ? s.with(text.toLowerCase(java.util.Locale.ROOT), word) : same(s, text, word);
    }
    if (text.isEmpty()) {
      return same(s, text, ScalarType.STR);
    }
    char c = text.charAt(0);
    if (c == '.') {
      return isFloat(text) ? s.with(canonicalFloat(text), ScalarType.FLOAT) : same(s, text, ScalarType.STR);
    }
    if (!(c == '-' || c == '+' || (c >= '0' && c <= '9'))) {
      return same(s, text, ScalarType.STR);
    }
    if (TIMESTAMP.matcher(text).matches()) {
      return same(s, text, ScalarType.STR);
    }
    String digits = text.replace("_", "");
    // 64 binary digits and a sign and prefix is the longest int64 or uint64 there is
    if (digits.length() <= 67 && GO_INT.matcher(digits).matches()) {
      BigInteger v = parseGoInt(digits);
      // int64, or uint64 for a large positive value; anything larger is text to go-yaml
      if (v.bitLength() < 64 || (v.signum() > 0 && v.bitLength() == 64)) {
        return s.with(v.toString(), ScalarType.INT);
      }
    }
    if (isFloat(digits)) {
      return s.with(canonicalFloat(digits), ScalarType.FLOAT);
    }
    return same(s, text, ScalarType.STR);
  }

  /** go-yaml's float syntax, and within a double's range (Go's ParseFloat fails beyond it, and go-yaml keeps the text). */
  private static boolean isFloat(String text) {
    return FLOAT.matcher(text).matches() && !Double.isInfinite(Double.parseDouble(text));
  }

  /**
   * A double's finite values have at most 64 significant digits here and an exponent within
   * -324..308, so their scale stays within this; past it the text is outside a double's range.
   */
  private static final int MAX_SCALE = 400;

  /** The text's exact value, or null when its exponent does not fit BigDecimal's int scale. */
  private static BigDecimal exact(String unsigned) {
    try {
      return new BigDecimal(unsigned);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static YScalar same(YScalar s, String text, ScalarType type) {
    return s.type() == type ? s : s.with(text, type);
  }

  private static BigInteger parseGoInt(String text) {
    boolean negative = text.startsWith("-");
    String t = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    BigInteger v;
    if (t.length() > 1 && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
      v = new BigInteger(t.substring(2), 16);
    } else if (t.length() > 1 && (t.charAt(1) == 'o' || t.charAt(1) == 'O')) {
      v = new BigInteger(t.substring(2), 8);
    } else if (t.length() > 1 && (t.charAt(1) == 'b' || t.charAt(1) == 'B')) {
      v = new BigInteger(t.substring(2), 2);
    } else if (t.length() > 1 && t.charAt(0) == '0') {
      v = new BigInteger(t.substring(1), 8);
    } else {
      v = new BigInteger(t);
    }
    return negative ? v.negate() : v;
  }

  /**
   * A decimal text YAML 1.1 also reads as a float, so the value is read the same everywhere. A long
   * text is read through a double, which is what go-yaml keeps of it, so the work stays linear; so is
   * a short one whose exponent is beyond a double's range ({@code 1.5e-999999999}: go-yaml keeps 0),
   * whose plain text would otherwise be a billion digits long.
   */
  private static String canonicalFloat(String text) {
    String unsigned = text.startsWith("+") ? text.substring(1) : text;
    BigDecimal value = unsigned.length() <= 64 ? exact(unsigned) : null;
    if (value == null || Math.abs(value.scale()) > MAX_SCALE) {
      value = BigDecimal.valueOf(Double.parseDouble(unsigned));
    }
    String plain = value.toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }
}
