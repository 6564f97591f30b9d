package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Platform;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;

/**
 * {@code externalLoadBalancer.mode: interlock2} in a UCP 2.x spec. Interlock 2 (layer 7 routing) comes
 * with UCP 3.x and MKE 3; a UCP 2.x cluster has no ucp-interlock service to take interlock.toml.
 */
public final class Interlock2OnUcp2 implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-IL2-001", Severity.ERROR, "Interlock 2 proxies in a UCP 2.x spec");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology()
        .filter(t -> t.platform() == Platform.UCP2 && t.externalLoadBalancer().mode() == Mode.INTERLOCK2)
        .ifPresent(t -> findings.report(t.externalLoadBalancer().at(),
            "externalLoadBalancer.mode is interlock2, but cluster.platform is ucp2 (the default), and UCP 2.x has no"
                + " Interlock 2 (layer 7 routing)",
            "set cluster.platform: mke3 if the cluster runs UCP 3.x or MKE 3; on UCP 2.x use mode interlock, dns or static"));
  }
}
