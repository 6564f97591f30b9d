package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Controller;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.Optional;

/** The controllers' DNS name must point at the load balancer, never at a single controller. */
public final class VipIsAController implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-LB-001", Severity.ERROR, "The controllers' load balancer address is a controller's address");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      Optional<IpAddress> vip = IpAddress.parse(t.controllers().loadBalancerAddress().value());
      if (vip.isEmpty()) {
        return;
      }
      for (Controller c : t.controllers().nodes()) {
        if (IpAddress.parse(c.address().value()).equals(vip)) {
          findings.report(
              t.controllers().loadBalancerAddress().at(),
              "load balancer address " + vip.get() + " is controller \"" + c.name().value()
                  + "\"'s address; when that controller fails, " + t.controllers().fqdn().value() + " is unreachable",
              "give the load balancer its own (virtual) address");
        }
      }
    });
  }
}
