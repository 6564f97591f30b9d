package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;

/** More than seven controllers: every write waits for a larger quorum. */
public final class TooManyControllers implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-HA-003", Severity.WARNING, "The cluster has more than 7 controllers");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      int n = t.controllers().count();
      if (n > 7) {
        findings.report(
            t.controllers().nodesAt(),
            n + " controllers: every write must reach " + (n / 2 + 1) + " of them, which slows the cluster down",
            "7 controllers already tolerate 3 failures; run worker nodes instead");
      }
    });
  }
}
