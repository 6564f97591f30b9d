package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Node;

/** External traffic should land on dedicated nodes, not on the controllers. */
public final class LoadBalancerOnController implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-LB-002", Severity.WARNING, "A load-balancer node is also a controller");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      for (Node n : t.loadBalancerNodes()) {
        if (Placement.isController(t, n)) {
          findings.report(
              n.at(),
              "load-balancer node \"" + n.name().value() + "\" is also a controller; app traffic then competes with the control plane",
              "dedicate separate nodes to external traffic, as the reference architecture does");
        }
      }
    });
  }
}
