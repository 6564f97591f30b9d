package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;

/** Two controllers, or any even number: a majority cannot survive as many failures as with one controller fewer. */
public final class EvenControllerCount implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-HA-001", Severity.ERROR, "The cluster has an even number of controllers");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      int n = t.controllers().count();
      if (n == 2) {
        findings.report(
            t.controllers().nodesAt(),
            "2 controllers tolerate no failure: when one fails, the other holds no majority (split brain)",
            "run 3 controllers (tolerates 1 failure), or 1 if you do not need high availability");
      } else if (n > 0 && n % 2 == 0) {
        findings.report(
            t.controllers().nodesAt(),
            n + " controllers tolerate " + t.controllers().failureTolerance() + " failure(s), no more than "
                + (n - 1) + " would; the extra controller adds quorum traffic and no safety",
            "use an odd number: " + (n - 1) + " or " + (n + 1));
      }
    });
  }
}
