package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import java.util.List;

/** Routed services need at least one node with loadBalancer: true to receive their traffic. */
public final class NoLoadBalancerNode implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("XREF-LB-001", Severity.ERROR, "Services carry Interlock labels but no node is a load balancer");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      if (!t.loadBalancerNodes().isEmpty()) {
        return;
      }
      List<Route> routes = Routes.of(inputs);
      if (!routes.isEmpty()) {
        Route first = routes.get(0);
        findings.report(
            t.nodesAt(),
            "service \"" + first.service().name() + "\" is routed as " + first.fqdn()
                + " but no node has loadBalancer: true, so nothing receives its traffic",
            "mark the node(s) that run the external load balancer with loadBalancer: true under nodes:");
      }
    });
  }
}
