package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;

/** The reference architecture asks for at least three nodes besides the controllers. */
public final class TooFewWorkers implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-NODE-003", Severity.WARNING, "The cluster has fewer than 3 non-controller nodes");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      long workers = t.nodes().stream().filter(n -> !Placement.isController(t, n)).count();
      if (workers < 3) {
        findings.report(
            t.nodesAt(),
            "only " + workers + " node(s) besides the controllers; the reference architecture runs at least 3",
            "add nodes under top-level nodes: so the apps survive a node failure");
      }
    });
  }
}
