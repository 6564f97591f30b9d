package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;

/** One controller: any failure stops UCP. */
public final class SingleController implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-HA-002", Severity.WARNING, "The cluster has a single controller (no high availability)");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      if (t.controllers().count() == 1) {
        findings.report(
            t.controllers().nodesAt(),
            "1 controller tolerates no failure: UCP is unavailable whenever it is down",
            "run 3 controllers for high availability (tolerates 1 failure)");
      }
    });
  }
}
