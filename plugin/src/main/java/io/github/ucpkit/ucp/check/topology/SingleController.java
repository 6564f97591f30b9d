package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Quorum;
import io.github.ucpkit.ucp.model.topology.Quorum.Role;

/** One controller, or one registry replica: valid for a trial, but nothing survives its failure. */
public final class SingleController implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-HA-002", Severity.WARNING, "A single controller or registry replica (no high availability)");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> t.quorums().stream().filter(q -> q.count() == 1).forEach(q -> report(q, findings)));
  }

  private static void report(Quorum q, Findings findings) {
    boolean controllers = q.role() == Role.CONTROLLERS;
    findings.report(
        q.nodesAt(),
        "1 " + q.role().one() + " tolerates no failure: " + (controllers ? "UCP" : "the registry")
            + " is unavailable whenever it is down",
        "run 3 " + q.role().many() + " for high availability (tolerates 1 failure)");
  }
}
