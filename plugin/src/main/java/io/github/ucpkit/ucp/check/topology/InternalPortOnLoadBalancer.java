package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.Platform;
import io.github.ucpkit.ucp.model.topology.SystemPorts;
import io.github.ucpkit.ucp.model.topology.Topology;

/**
 * A port the load balancer forwards is one UCP or MKE keeps to itself: between the nodes (etcd,
 * the certificate authorities, the engine proxy on 12376, the kubelet) or on one host (6444, 12378).
 * The load balancer forwards a port to the same port of the machines behind it, so the spec claims
 * that the UI, the Kubernetes API or the registry listens where a system component already does,
 * and publishes that component's port to every client. On MKE 3 the Swarm manager port is internal
 * too (kept for backwards compatibility; client bundles reach the Docker API on the controller port),
 * so forwarding it is refused whatever its number.
 */
public final class InternalPortOnLoadBalancer implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-PORT-001", Severity.ERROR, "A load balancer forwards one of UCP's or MKE's internal ports");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      Platform p = t.platform();
      reserved(t, "controllers.port", t.controllers().port(), "--controller-port; 443 by default", findings);
      t.kubernetesPort().ifPresent(k -> reserved(t, "controllers.kubernetesPort", k, "--kube-apiserver-port; 6443 by default", findings));
      if (t.controllers().forwardSwarmPort()) {
        if (p == Platform.MKE3) {
          findings.report(
              t.controllers().forwardSwarmPortAt(),
              "forwardSwarmPort is true, but on MKE 3 the Swarm manager port (" + t.controllers().swarmPort().value()
                  + ") is internal, kept for backwards compatibility between nodes; docker clients reach the Docker API"
                  + " through the controller port (" + t.controllers().port().value() + ") with their client bundle",
              "remove forwardSwarmPort (clients use DOCKER_HOST=tcp://" + t.controllers().fqdn().value() + ":"
                  + t.controllers().port().value() + " from the client bundle)");
        } else {
          reserved(t, "controllers.swarmPort (forwarded)", t.controllers().swarmPort(), "--swarm-port; 2376 by default", findings);
        }
      }
      t.registry().ifPresent(r -> {
        reserved(t, "registry.httpPort", r.httpPort(), "--replica-http-port; 80 by default", findings);
        reserved(t, "registry.httpsPort", r.httpsPort(), "--replica-https-port; 443 by default", findings);
      });
    });
  }

  /** @param install the install option that sets the port, and its default, for the hint */
  private static void reserved(Topology t, String key, Located<Long> port, String install, Findings findings) {
    boolean managers = key.startsWith("controllers");
    SystemPorts.find(t.platform(), port.value(), managers).ifPresent(r -> findings.report(
        port.at(),
        key + " is " + port.value() + ", the port of " + r.purpose() + " on " + t.platform().title()
            + (r.hosts() == SystemPorts.Hosts.ALL ? " nodes" : " managers")
            + "; it is not meant for clients, and the " + (managers ? "controllers" : "replicas")
            + " cannot serve a second service there",
        "write the port the " + (managers ? "controllers were" : "registry was") + " installed with (" + install + ")"));
  }
}
