package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two services need one port in one place. On the controllers' VIP: the HTTP redirect on 80, the
 * controller port, the Kubernetes API port (MKE 3) and a forwarded Swarm port; on the managers
 * themselves: the controller, Kubernetes API and Swarm ports; on the registry's VIP and replicas:
 * its HTTP and HTTPS ports, and the controllers' when both VIPs are one address (MKE and MSR both
 * default to 443). {@code haproxy -c} accepts two frontends on one port, and HAProxy binds both with
 * SO_REUSEPORT, so connections are shared between them at random. The Swarm port against the
 * controller port and the redirect is TOPO-LB-004's.
 */
public final class SharedLoadBalancerPort implements TopologyRule {

  /** One service on a port, named as the spec names it. */
  private record Listener(String what, Located<Long> port) {}

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-PORT-002", Severity.ERROR, "Two services share a port on a load balancer address or its machines");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      Topology.Controllers c = t.controllers();
      Listener redirect = new Listener("the HTTP redirect", new Located<>(80L, c.at()));
      Listener port = new Listener("controllers.port", c.port());
      Optional<Listener> kube = t.kubernetesPort().map(k -> new Listener("controllers.kubernetesPort", k));
      Listener swarm = new Listener("controllers.swarmPort", c.swarmPort());
      List<Listener> vip = new ArrayList<>(List.of(redirect, port));
      kube.ifPresent(vip::add);
      if (c.forwardSwarmPort()) {
        vip.add(swarm);
      }
      List<Listener> managers = new ArrayList<>(List.of(port, swarm));
      kube.ifPresent(managers::add);
      Set<String> reported = new HashSet<>();
      clashes(vip, "on the controllers' load balancer address", reported, findings);
      clashes(managers, "on every controller", reported, findings);
      t.registry().ifPresent(r -> {
        List<Listener> registry = new ArrayList<>(List.of(
            new Listener("registry.httpPort", r.httpPort()), new Listener("registry.httpsPort", r.httpsPort())));
        Optional<IpAddress> own = IpAddress.parse(r.loadBalancerAddress().value());
        if (own.isPresent() && own.equals(IpAddress.parse(c.loadBalancerAddress().value()))) {
          List<Listener> shared = new ArrayList<>(vip);
          shared.addAll(registry);
          clashes(shared, "on load balancer address " + own.get() + ", which the registry shares with the controllers",
              reported, findings);
        }
        clashes(registry, "on the registry's load balancer address and replicas", reported, findings);
      });
    });
  }

  private static void clashes(List<Listener> listeners, String where, Set<String> reported, Findings findings) {
    for (int i = 0; i < listeners.size(); i++) {
      for (int j = i + 1; j < listeners.size(); j++) {
        Listener a = listeners.get(i);
        Listener b = listeners.get(j);
        if (!a.port().value().equals(b.port().value()) || lb004(a, b) || !reported.add(a.what() + "|" + b.what())) {
          continue;
        }
        // the finding points at what was written last, or at whichever was written at all
        Location at = a.port().at().compareTo(b.port().at()) > 0 ? a.port().at() : b.port().at();
        findings.report(
            at,
            b.what() + " and " + a.what() + " both use port " + a.port().value() + " " + where
                + "; both would listen there and share its connections at random",
            b.what().startsWith("registry") && !a.what().startsWith("registry")
                ? "give the registry a VIP of its own (registry.loadBalancer.address), as MKE and MSR both serve 443"
                : "give each its own port, as the cluster was installed");
      }
    }
  }

  /** The Swarm port against the controller port or the redirect: TOPO-LB-004 reports those. */
  private static boolean lb004(Listener a, Listener b) {
    boolean swarm = a.what().equals("controllers.swarmPort") || b.what().equals("controllers.swarmPort");
    boolean other = a.what().equals("controllers.port") || b.what().equals("controllers.port")
        || a.what().equals("the HTTP redirect") || b.what().equals("the HTTP redirect");
    return swarm && other;
  }
}
