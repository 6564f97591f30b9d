package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import io.github.ucpkit.ucp.model.topology.Topology.PublishMode;

/**
 * More Interlock 2 proxies than proxy nodes while the proxies publish in host mode. A host-mode port
 * is bound by one task per node, so a second proxy on a node cannot start: Swarm keeps it pending
 * and the service never converges.
 */
public final class ProxyReplicasBeyondNodes implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-IL2-006", Severity.ERROR, "More host-published Interlock 2 proxies than proxy nodes");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().filter(t -> t.externalLoadBalancer().mode() == Mode.INTERLOCK2).ifPresent(t -> {
      var p = t.externalLoadBalancer().proxies();
      int nodes = t.loadBalancerNodes().size();
      p.replicas().filter(r -> p.publishMode() == PublishMode.HOST && nodes > 0 && r.value() > nodes)
          .ifPresent(r -> findings.report(r.at(), "externalLoadBalancer.proxyReplicas is " + r.value() + ", but only "
              + nodes + (nodes == 1 ? " node runs" : " nodes run") + " proxies, and in host mode each node binds the"
              + " published ports for one proxy only; the others stay pending",
              "lower proxyReplicas to " + nodes + " or fewer, mark more nodes with loadBalancer: true, or use publishMode: ingress"));
    });
  }
}
