package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.route.Routing;
import java.util.Optional;

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
      Optional<Routing> first = inputs.routes().all().stream().filter(r -> !r.claims().isEmpty()).findFirst();
      if (first.isPresent()) {
        findings.report(
            t.nodesAt(),
            "service \"" + first.get().service().name() + "\" is routed as " + first.get().claims().get(0).name()
                + " but no node has loadBalancer: true, so nothing receives its traffic",
            "mark the node(s) that run the external load balancer with loadBalancer: true under nodes:");
      }
    });
  }
}
