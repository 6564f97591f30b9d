package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Quorum;
import io.github.ucpkit.ucp.model.topology.Quorum.Role;
import io.github.ucpkit.ucp.model.topology.Topology.Node;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.Optional;

/**
 * The controllers' (or the registry's) load balancer address is a worker's or a load-balancer node's
 * address. The VIP belongs to the HAProxy in front of the controllers and the registry, which listens
 * on 80 and 443; a node at the same address is either that machine doing a second job (nginx's :80
 * for the apps collides with HAProxy's) or an address conflict on the network. Addresses compare as
 * hosts: {@code ::ffff:10.10.20.11} is {@code 10.10.20.11}.
 */
public final class VipIsANode implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-LB-003", Severity.ERROR, "A load balancer address is a node's address");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      for (Quorum q : t.quorums()) {
        Optional<IpAddress> vip = IpAddress.parse(q.loadBalancerAddress().value());
        if (vip.isEmpty()) {
          continue;
        }
        String whose = q.role() == Role.CONTROLLERS ? "the controllers'" : "the registry's";
        for (Node n : t.nodes()) {
          if (IpAddress.parse(n.address().value()).equals(vip)) {
            findings.report(
                q.loadBalancerAddress().at(),
                (q.role() == Role.CONTROLLERS ? "" : "registry ") + "load balancer address " + vip.get() + " is the address of "
                    + (n.loadBalancer() ? "load-balancer node \"" : "node \"") + n.name().value() + "\" (line " + n.at().line()
                    + "); " + whose + " load balancer needs an address of its own",
                "give " + whose + " load balancer its own (virtual) address, as in the reference architecture");
          }
        }
      }
    });
  }
}
