package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Quorum;
import io.github.ucpkit.ucp.model.topology.Quorum.Role;

/** More than 7 controllers or registry replicas: every write waits for a larger majority, for no tolerance anyone needs. */
public final class TooManyControllers implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-HA-003", Severity.WARNING, "More than 7 controllers or registry replicas");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> t.quorums().stream().filter(q -> q.count() > 7).forEach(q -> report(q, findings)));
  }

  private static void report(Quorum q, Findings findings) {
    int n = q.count();
    boolean controllers = q.role() == Role.CONTROLLERS;
    findings.report(
        q.nodesAt(),
        n + " " + q.role().many() + ": every write must reach " + (n / 2 + 1) + " of them, which slows "
            + (controllers ? "the cluster" : "the registry") + " down",
        "7 " + q.role().many() + " already tolerate 3 failures; " + (controllers ? "run worker nodes instead" : "run 7 or fewer"));
  }
}
