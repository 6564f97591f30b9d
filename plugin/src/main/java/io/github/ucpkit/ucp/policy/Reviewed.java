package io.github.ucpkit.ucp.policy;

import io.github.ucpkit.ucp.diag.Diagnostic;
import java.util.List;

/**
 * A run's findings after the policy: each with its severity in this project, its fingerprint and
 * whether it is new, known from the baseline or suppressed by a comment. Rules set to {@code off}
 * leave no finding.
 *
 * @param baseline the baseline file's name as shown, or empty when none was used
 * @param gone baseline entries no finding matched
 * @param silencedErrors see {@link Tally#silencedErrors()}
 */
public record Reviewed(List<Finding> findings, String baseline, int gone, List<Diagnostic> silencedErrors) {

  public enum State { NEW, KNOWN, SUPPRESSED }

  /**
   * @param path the block keys enclosing the finding, as in the baseline file
   * @param justification the suppressing comment's reason; empty unless suppressed
   */
  public record Finding(Diagnostic diagnostic, String fingerprint, String path, State state, String justification) {}

  public Reviewed {
    findings = List.copyOf(findings);
    silencedErrors = List.copyOf(silencedErrors);
  }

  /** Findings as they are, when no policy applies: every one new, none fingerprinted. */
  public static Reviewed plain(List<Diagnostic> diagnostics) {
    return new Reviewed(diagnostics.stream().map(d -> new Finding(d, "", "", State.NEW, "")).toList(), "", 0, List.of());
  }

  public boolean baselineUsed() {
    return !baseline.isEmpty();
  }

  /** What the build shows and fails on: the new findings. */
  public List<Diagnostic> reported() {
    return findings.stream().filter(f -> f.state() == State.NEW).map(Finding::diagnostic).toList();
  }

  public Tally tally() {
    int suppressed = (int) findings.stream().filter(f -> f.state() == State.SUPPRESSED).count();
    int known = (int) findings.stream().filter(f -> f.state() == State.KNOWN).count();
    return new Tally(suppressed, known, gone, baseline, silencedErrors);
  }
}
