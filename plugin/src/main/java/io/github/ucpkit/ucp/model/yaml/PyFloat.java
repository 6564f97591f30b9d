package io.github.ucpkit.ucp.model.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Floats the way docker-compose's Python has them: a 64-bit double built by PyYAML's
 * {@code construct_yaml_float}, printed by {@code str()} (what a label gets) or by PyYAML's
 * {@code represent_float} (what {@code docker-compose config} writes). Working on the double, never on
 * the decimal text, keeps every step bounded: {@code 1.0e+999999999} is {@code inf} here as in Python,
 * not a billion-digit decimal.
 */
public final class PyFloat {

  /**
   * PyYAML multiplies each base-60 part by the Python integer 60^k, which overflows a double from
   * k = 174 on ({@code OverflowError: int too large to convert to float}); so 174 parts is the most
   * docker-compose reads.
   */
  public static final int MAX_BASE60_PARTS = 174;

  private static final BigInteger SIXTY = BigInteger.valueOf(60);

  private PyFloat() {}

  /**
   * The value PyYAML builds for a YAML 1.1 float's text ({@code 1.5}, {@code -.inf}, {@code 1:30.5}),
   * or empty where PyYAML raises OverflowError (a base-60 float of more than {@link #MAX_BASE60_PARTS}
   * parts).
   */
  public static OptionalDouble construct(String text) {
    String v = text.replace("_", "").toLowerCase(Locale.ROOT);
    double sign = 1;
    if (v.startsWith("-") || v.startsWith("+")) {
      sign = v.startsWith("-") ? -1 : 1;
      v = v.substring(1);
    }
    if (v.equals(".inf")) {
      return OptionalDouble.of(sign * Double.POSITIVE_INFINITY);
    }
    if (v.equals(".nan")) {
      return OptionalDouble.of(Double.NaN);
    }
    if (v.indexOf(':') < 0) {
      return OptionalDouble.of(sign * parse(v));
    }
    if (Yaml11.base60Parts(v) > MAX_BASE60_PARTS) {
      return OptionalDouble.empty();
    }
    // value += digit * base from the last part on, with base the exact integer 60^k rounded to a
    // double, as Python does it
    double value = 0;
    BigInteger base = BigInteger.ONE;
    for (int end = v.length(); end >= 0; ) {
      int start = v.lastIndexOf(':', end - 1) + 1;
      value += parse(v.substring(start, end)) * base.doubleValue();
      base = base.multiply(SIXTY);
      end = start - 1;
    }
    return OptionalDouble.of(sign * value);
  }

  /** Python's {@code float()} of a plain decimal: {@code 1.}, {@code .5}, {@code 1.0e+5}. */
  private static double parse(String decimal) {
    return Double.parseDouble(decimal.isEmpty() ? "0" : decimal);
  }

  /** Python's {@code str()} and {@code repr()} of a float: {@code 1e+16}, {@code 0.0001}, {@code inf}. */
  public static String str(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
    }
    String sign = d < 0 ? "-" : "";
    BigDecimal shortest = shortest(Math.abs(d));
    String digits = shortest.unscaledValue().toString();
    int decimalPoint = digits.length() - shortest.scale();
    if (decimalPoint <= -4 || decimalPoint > 16) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      int exponent = decimalPoint - 1;
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }
    if (decimalPoint <= 0) {
      return sign + "0." + "0".repeat(-decimalPoint) + digits;
    }
    if (decimalPoint >= digits.length()) {
      return sign + digits + "0".repeat(decimalPoint - digits.length()) + ".0";
    }
    return sign + digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
  }

  /** PyYAML's {@code represent_float}: {@code str()} made a YAML 1.1 float again ({@code 1.0e+16}, {@code .inf}). */
  public static String yaml(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? ".inf" : "-.inf";
    }
    String s = str(d);
    return s.indexOf('.') < 0 && s.indexOf('e') >= 0 ? s.replace("e", ".0e") : s;
  }

  /**
   * The shortest decimal that reads back as {@code d} (positive, finite), the nearest one when two
   * of that length do: what Python's repr prints. At most 17 digits are ever needed.
   */
  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
      boolean downOk = down.doubleValue() == d;
      boolean upOk = up.doubleValue() == d;
      if (downOk && upOk) {
        int cmp = exact.subtract(down).compareTo(up.subtract(exact));
        return (cmp < 0 ? down : cmp > 0 ? up : exact.round(new MathContext(precision, RoundingMode.HALF_EVEN))).stripTrailingZeros();
      }
      if (downOk || upOk) {
        return (downOk ? down : up).stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }
}
