package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Platform;

/**
 * {@code controllers.kubernetesPort} in a spec whose platform is UCP 2.x (the default). UCP 2.x has
 * no Kubernetes API, so the spec either describes an MKE 3 cluster without saying so, and the
 * generated load balancer would leave out the Kubernetes API, or names a port nothing serves.
 */
public final class MkeSettingOnUcp2 implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-MKE-001", Severity.ERROR, "An MKE 3 setting in a UCP 2.x spec");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().filter(t -> t.platform() == Platform.UCP2).ifPresent(t ->
        t.controllers().kubernetesPort().ifPresent(k -> findings.report(
            k.at(),
            "controllers.kubernetesPort is set, but cluster.platform is ucp2 (the default), and UCP 2.x has no Kubernetes"
                + " API; the load balancer would not forward it",
            "set cluster.platform: mke3 if the cluster runs UCP 3.x or MKE 3, else remove kubernetesPort")));
  }
}
