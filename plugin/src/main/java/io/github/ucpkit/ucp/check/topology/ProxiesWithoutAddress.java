package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;

/**
 * interlock2 mode without {@code externalLoadBalancer.address}. Every routed name must resolve to
 * the load balancer in front of the proxies, and there is no sensible default: a proxy node's own
 * address would send all traffic to one proxy and lose it with that node.
 */
public final class ProxiesWithoutAddress implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-IL2-002", Severity.ERROR, "interlock2 mode without the proxies' load balancer address");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology()
        .filter(t -> t.externalLoadBalancer().mode() == Mode.INTERLOCK2)
        .filter(t -> t.externalLoadBalancer().proxies().address().isEmpty())
        .ifPresent(t -> findings.report(t.externalLoadBalancer().at(),
            "externalLoadBalancer.mode is interlock2, but externalLoadBalancer.address is missing: the routed names"
                + " need the address of the load balancer in front of the proxy nodes",
            "add externalLoadBalancer.address: the (virtual) IP of the host that runs proxy-lb.cfg"));
  }
}
