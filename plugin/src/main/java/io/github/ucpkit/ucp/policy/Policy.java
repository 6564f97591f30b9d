package io.github.ucpkit.ucp.policy;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a project treats findings: its rule settings, and the baseline of known findings it uses.
 *
 * @param baseline the baseline file to read, when there may be one
 * @param baselineRequired whether the file must exist (named explicitly) or is used only when it does
 *     (the default {@code ucp-baseline.json})
 */
public record Policy(RuleSettings rules, Optional<Path> baseline, boolean baselineRequired) {

  public static final Policy NONE = new Policy(RuleSettings.none(), Optional.empty(), false);

  /** What of the policy a run's results depend on besides file contents, for the run cache's key. */
  public String key() {
    return "rules=" + rules.canonical() + " baseline=" + baseline.map(Path::toString).orElse("none")
        + (baselineRequired ? " required" : "");
  }
}
