package io.github.ucpkit.ucp.policy;

import io.github.ucpkit.ucp.diag.Diagnostic;
import java.util.List;

/**
 * What the policy did besides changing severities, for the summary line, the run cache and the goals
 * that render.
 *
 * @param baseline the baseline file's name as shown, or empty when none was used
 * @param gone entries of the baseline that matched no finding this time (fixed since)
 * @param silencedErrors errors at their default severity that the settings, a comment or the baseline
 *     keep from failing the build; {@code generate} and {@code check} still render only without them
 */
public record Tally(int suppressed, int known, int gone, String baseline, List<Diagnostic> silencedErrors) {

  public static final Tally NONE = new Tally(0, 0, 0, "", List.of());

  public Tally {
    silencedErrors = List.copyOf(silencedErrors);
  }

  /** {@code (3 known findings in ucp-baseline.json skipped, 2 suppressed)}, or empty when there is nothing to say. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (known > 0) {
      sb.append(known).append(known == 1 ? " known finding in " : " known findings in ").append(baseline).append(" skipped");
    }
    if (suppressed > 0) {
      sb.append(sb.length() == 0 ? "" : ", ").append(suppressed).append(" suppressed");
    }
    return sb.length() == 0 ? "" : "(" + sb + ")";
  }
}
