package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Interlock2.Key;
import io.github.ucpkit.ucp.model.route.Interlock2Labels;
import io.github.ucpkit.ucp.model.route.Route;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import io.github.ucpkit.ucp.model.topology.Topology.PublishMode;

/**
 * {@code com.docker.lb.ip_hash} on a route served by Interlock 2 proxies that publish through the
 * routing mesh (interlock2 mode, publishMode ingress). The mesh replaces the client's address with
 * a node's, so nginx hashes a handful of node addresses instead of clients: sessions do not stick
 * to the client and the load lands unevenly. Interlock's own documentation asks for host publishing.
 */
public final class IpHashThroughIngress implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-STICKY-002", Severity.WARNING, "ip_hash behind Interlock 2 proxies published through the routing mesh");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    boolean ingress = inputs.topology()
        .map(t -> t.externalLoadBalancer().mode() == Mode.INTERLOCK2
            && t.externalLoadBalancer().proxies().publishMode() == PublishMode.INGRESS)
        .orElse(false);
    if (!ingress) {
      return;
    }
    for (Route r : inputs.routes().resolved()) {
      if (r.source().equals(Interlock2Labels.SOURCE) && r.options().affinity().ipHash()) {
        Interlock2.of(r.service()).get(Key.IP_HASH).ifPresent(l -> findings.report(l.keyAt(), Lb2.sets(r.service(), l)
            + ", but the Interlock 2 proxies publish in ingress mode, where the routing mesh hides the client's address:"
            + " nginx hashes node addresses", "set externalLoadBalancer.publishMode: host, or use"
            + " com.docker.lb.sticky_session_cookie, which needs no client address"));
      }
    }
  }
}
