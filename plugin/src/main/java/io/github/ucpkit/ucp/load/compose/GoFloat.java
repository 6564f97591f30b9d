package io.github.ucpkit.ucp.load.compose;

import java.math.BigDecimal;

/**
 * A number as Go's {@code fmt.Sprint} prints a {@code float64}, which is how the docker CLI turns a
 * label written as a number into the label's text: {@code 8080.0} becomes {@code "8080"},
 * {@code 1e6} becomes {@code "1e+06"}. Shortest digits that read back as the same double, then
 * {@code %e} form when the exponent is below -4 or at least 6, else plain decimals.
 */
final class GoFloat {

  private GoFloat() {}

  /** @param decimal a finite number in decimal notation (the canonical text {@link GoYamlScalars} gives a float) */
  static String text(String decimal) {
    double d;
    try {
      d = Double.parseDouble(decimal);
    } catch (NumberFormatException e) {
      return decimal;
    }
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return decimal; // the stack loader refuses these in any case
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0" : "0";
    }
    // Double.toString gives the shortest digits that read back as d (all but a few rare doubles)
    BigDecimal v = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = v.unscaledValue().toString();
    int exp = digits.length() - v.scale() - 1;
    String sign = d < 0 ? "-" : "";
    if (exp < -4 || exp >= 6) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String e = Integer.toString(Math.abs(exp));
      return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }
    return sign + v.toPlainString();
  }
}
