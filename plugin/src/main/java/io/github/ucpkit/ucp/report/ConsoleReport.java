package io.github.ucpkit.ucp.report;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.policy.Tally;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The console form of a run: one {@code file:line:column: RULE-ID message} line per finding (the
 * GNU style IDEs and CI logs make clickable), its hint indented below, and a summary line.
 */
public final class ConsoleReport {

  /** A line and the log level it belongs at. */
  public record Line(Severity level, String text) {}

  private ConsoleReport() {}

  public static List<Line> lines(List<Diagnostic> diagnostics, Path basedir) {
    List<Line> out = new ArrayList<>();
    Paths.Shown files = new Paths.Shown(basedir);
    for (Diagnostic d : diagnostics) {
      out.add(new Line(d.severity(), position(d, files) + ": " + d.ruleId() + " " + LogText.escape(d.message())));
      if (!d.hint().isEmpty()) {
        out.add(new Line(d.severity(), "    hint: " + LogText.escape(d.hint())));
      }
    }
    return out;
  }

  /** {@code ucp: 2 files checked, 1 error, 2 warnings} plus any extra facts (controller tolerance). */
  public static String summary(int files, List<Diagnostic> diagnostics, List<String> extras) {
    return summary(files, diagnostics, Tally.NONE, extras);
  }

  /**
   * {@code ucp: 2 files checked, 0 errors, 1 warning (3 known findings in ucp-baseline.json skipped, 2
   * suppressed)}, with the notes when there are any, then the extra facts.
   */
  public static String summary(int files, List<Diagnostic> diagnostics, Tally tally, List<String> extras) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    long notes = diagnostics.stream().filter(d -> d.severity() == Severity.NOTE).count();
    StringBuilder sb = new StringBuilder("ucp: ")
        .append(count(files, "file")).append(" checked, ")
        .append(count(errors, "error")).append(", ")
        .append(count(warnings, "warning"));
    if (notes > 0) {
      sb.append(", ").append(count(notes, "note"));
    }
    String policy = tally.describe();
    if (!policy.isEmpty()) {
      sb.append(' ').append(LogText.escape(policy));
    }
    for (String extra : extras) {
      sb.append("; ").append(extra);
    }
    return sb.toString();
  }

  /** Where a finding points, as the console and the HTML report show it: {@code file:line:column}, escaped. */
  static String position(Diagnostic d, Paths.Shown files) {
    String file = files.of(d.at().file());
    if (d.at().line() == 0) {
      return file;
    }
    return file + ":" + d.at().line() + ":" + d.at().column();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
