package io.github.ucpkit.ucp.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One measured row: repeated runs of one thing over {@code files} files, in seconds. */
record Timing(String id, String what, int files, double median, double min, double max, int runs, String note) {

  static Timing of(String id, String what, int files, List<Double> seconds, String note) {
    List<Double> sorted = new ArrayList<>(seconds);
    Collections.sort(sorted);
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Timing(id, what, files, median, sorted.get(0), sorted.get(n - 1), n, note);
  }

  /** A row for something that could not be measured here, with the reason. */
  static Timing missing(String id, String what, String why) {
    return new Timing(id, what, 0, Double.NaN, Double.NaN, Double.NaN, 0, why);
  }

  boolean measured() {
    return runs > 0;
  }
}
