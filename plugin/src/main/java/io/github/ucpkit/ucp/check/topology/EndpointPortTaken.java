package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import java.util.List;
import java.util.TreeSet;

/**
 * The stats or status endpoint takes a port its load balancer already serves traffic on: HAProxy
 * listens on 80, the controller port (443), the Kubernetes API port (MKE 3), the forwarded Swarm port
 * and the registry's ports, nginx on 80. The bind fails,
 * or (HAProxy sets SO_REUSEPORT) two listeners share the port and traffic lands on the wrong one.
 */
public final class EndpointPortTaken implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-OBS-002", Severity.ERROR, "A stats or status endpoint uses a port its load balancer serves");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      TreeSet<Long> haproxy = new TreeSet<>(List.of(80L, t.controllers().port().value()));
      if (t.controllers().forwardSwarmPort()) {
        haproxy.add(t.controllers().swarmPort().value());
      }
      t.kubernetesPort().ifPresent(k -> haproxy.add(k.value()));
      t.registry().ifPresent(r -> haproxy.addAll(List.of(r.httpPort().value(), r.httpsPort().value())));
      t.controllers().operations().stats().filter(s -> haproxy.contains(s.port().value())).ifPresent(s -> findings.report(
          s.port().at(),
          "controllers.loadBalancer.stats uses port " + s.port().value() + ", which HAProxy already serves (" + list(haproxy) + ")",
          "choose a free port, such as 8404"));
      t.externalLoadBalancer().status().filter(s -> s.port().value() == 80L).ifPresent(s -> findings.report(
          s.port().at(),
          "externalLoadBalancer.status uses port 80, which nginx already serves",
          "choose a free port, such as 8081"));
    });
  }

  private static String list(TreeSet<Long> ports) {
    return String.join(", ", ports.stream().map(String::valueOf).toList());
  }
}
