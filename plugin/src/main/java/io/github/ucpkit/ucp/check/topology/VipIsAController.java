package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Quorum;
import io.github.ucpkit.ucp.model.topology.Quorum.Role;
import io.github.ucpkit.ucp.model.topology.Topology.Member;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.List;
import java.util.Optional;

/**
 * The controllers' (or the registry's) DNS name must point at a load balancer, never at a single
 * controller or replica: of its own quorum, or of the other one.
 */
public final class VipIsAController implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-LB-001", Severity.ERROR, "A load balancer address is a controller's or registry replica's address");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      List<Quorum> quorums = t.quorums();
      for (Quorum q : quorums) {
        Optional<IpAddress> vip = IpAddress.parse(q.loadBalancerAddress().value());
        if (vip.isEmpty()) {
          continue;
        }
        for (Quorum owner : quorums) {
          for (Member m : owner.members()) {
            if (IpAddress.parse(m.address().value()).equals(vip)) {
              findings.report(
                  q.loadBalancerAddress().at(),
                  (q.role() == Role.CONTROLLERS ? "" : "registry ") + "load balancer address " + vip.get() + " is "
                      + owner.role().one() + " \"" + m.name().value() + "\"'s address; when that " + owner.role().one()
                      + " fails, " + q.fqdn().value() + " is unreachable",
                  "give the load balancer its own (virtual) address");
            }
          }
        }
      }
    });
  }
}
