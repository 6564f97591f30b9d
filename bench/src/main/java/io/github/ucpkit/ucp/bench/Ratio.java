package io.github.ucpkit.ucp.bench;

/**
 * A target from the issue and how this run compares: {@code value} against {@code target}, met when
 * {@code value <= target} (ratios are stated so that smaller is better, or inverted by the caller).
 */
record Ratio(String what, double value, String unit, double target, boolean atLeast, String note) {

  boolean met() {
    return !Double.isNaN(value) && (atLeast ? value >= target : value <= target);
  }

  String verdict() {
    return Double.isNaN(value) ? "not measured" : met() ? "met" : "NOT met";
  }
}
