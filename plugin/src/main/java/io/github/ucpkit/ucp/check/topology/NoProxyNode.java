package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;

/**
 * interlock2 mode with no node marked {@code loadBalancer: true}. Those nodes are where the Interlock
 * 2 proxies run and what proxy-lb.cfg balances; without one the proxies' constraint matches no node
 * (the tasks stay pending) and the load balancer has no server.
 */
public final class NoProxyNode implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-IL2-004", Severity.ERROR, "interlock2 mode without a proxy node");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology()
        .filter(t -> t.externalLoadBalancer().mode() == Mode.INTERLOCK2 && t.loadBalancerNodes().isEmpty())
        .ifPresent(t -> findings.report(t.nodesAt(),
            "externalLoadBalancer.mode is interlock2, but no node has loadBalancer: true; the Interlock 2 proxies run"
                + " on those nodes and proxy-lb.cfg balances them",
            "mark the nodes that run the proxies with loadBalancer: true (two or more, so one can fail)"));
  }
}
