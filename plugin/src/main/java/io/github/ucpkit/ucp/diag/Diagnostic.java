package io.github.ucpkit.ucp.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding. Diagnostics are values: every stage returns them, none throws them, and a run's
 * diagnostics are reported sorted by file, line, column and rule id.
 *
 * @param hint what to do about it; empty when there is nothing to add to the message
 */
public record Diagnostic(String ruleId, Severity severity, Location at, String message, String hint)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::at)
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
