package io.github.ucpkit.ucp.bench;

import java.util.List;
import java.util.Locale;

/** The run's timings and targets as a console table, CSV and the README's Markdown. */
record Results(String machine, List<Timing> timings, List<Ratio> ratios) {

  String text() {
    StringBuilder out = new StringBuilder(machine).append("\n\n");
    out.append(String.format(Locale.ROOT, "%-58s %6s %9s %9s %9s %4s  %s%n", "measurement", "files", "median s", "min s",
        "max s", "runs", "note"));
    for (Timing t : timings) {
      out.append(String.format(Locale.ROOT, "%-58s %6s %9s %9s %9s %4d  %s%n", t.what(), t.measured() ? t.files() : "",
          seconds(t.median()), seconds(t.min()), seconds(t.max()), t.runs(), t.note()));
    }
    out.append('\n').append(String.format(Locale.ROOT, "%-58s %12s %12s  %s%n", "target", "this run", "target", "verdict"));
    for (Ratio r : ratios) {
      out.append(String.format(Locale.ROOT, "%-58s %12s %12s  %s%s%n", r.what(), number(r.value()) + r.unit(),
          (r.atLeast() ? ">= " : "<= ") + number(r.target()) + r.unit(), r.verdict(), r.note().isEmpty() ? "" : " (" + r.note() + ")"));
    }
    return out.toString();
  }

  String csv() {
    StringBuilder out = new StringBuilder("kind,id,measurement,files,median_s,min_s,max_s,runs,target,verdict,note\n");
    for (Timing t : timings) {
      out.append(String.join(",", "timing", t.id(), quote(t.what()), t.measured() ? String.valueOf(t.files()) : "",
          seconds(t.median()), seconds(t.min()), seconds(t.max()), String.valueOf(t.runs()), "", "", quote(t.note()))).append('\n');
    }
    for (Ratio r : ratios) {
      out.append(String.join(",", "target", "", quote(r.what()), "", number(r.value()), "", "", "",
          (r.atLeast() ? ">=" : "<=") + number(r.target()), r.verdict(), quote(r.note()))).append('\n');
    }
    return out.toString();
  }

  String markdown() {
    StringBuilder out = new StringBuilder("Machine: ").append(machine).append("\n\n");
    out.append("| measurement | files | median s | min s | max s | runs | note |\n|---|---:|---:|---:|---:|---:|---|\n");
    for (Timing t : timings) {
      out.append("| ").append(t.what()).append(" | ").append(t.measured() ? t.files() : "").append(" | ")
          .append(seconds(t.median())).append(" | ").append(seconds(t.min())).append(" | ").append(seconds(t.max()))
          .append(" | ").append(t.runs()).append(" | ").append(t.note()).append(" |\n");
    }
    out.append("\n| target | this run | target | verdict |\n|---|---:|---:|---|\n");
    for (Ratio r : ratios) {
      out.append("| ").append(r.what()).append(" | ").append(number(r.value())).append(r.unit()).append(" | ")
          .append(r.atLeast() ? "≥ " : "≤ ").append(number(r.target())).append(r.unit()).append(" | ").append(r.verdict())
          .append(r.note().isEmpty() ? "" : " — " + r.note()).append(" |\n");
    }
    return out.toString();
  }

  private static String seconds(double s) {
    return Double.isNaN(s) ? "" : String.format(Locale.ROOT, "%.3f", s);
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
