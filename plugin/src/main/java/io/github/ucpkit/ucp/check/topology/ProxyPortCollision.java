package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.SystemPorts;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import io.github.ucpkit.ucp.model.topology.Topology.Proxies;
import io.github.ucpkit.ucp.model.topology.Topology.PublishMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A port the Interlock 2 proxies publish (interlock2 mode) is already taken where it is published.
 * In ingress mode the routing mesh binds it on every node, managers included, so it must differ from
 * the controller port, the Kubernetes API port, the Swarm port, the registry's ports and every port
 * MKE reserves on any node; in host mode it is bound on the proxy nodes (workers) only. The two
 * published ports must differ from each other in either mode. Docker refuses a service whose port is
 * taken, or the port's owner stops working, depending on who starts first.
 */
public final class ProxyPortCollision implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-IL2-005", Severity.ERROR, "A port the Interlock 2 proxies publish is already taken");
  }

  /** A port someone else listens on, and who. */
  private record Taken(long port, String owner) {}

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().filter(t -> t.externalLoadBalancer().mode() == Mode.INTERLOCK2).ifPresent(t -> {
      Proxies p = t.externalLoadBalancer().proxies();
      boolean everywhere = p.publishMode() == PublishMode.INGRESS;
      String where = everywhere ? "the routing mesh publishes it on every node, managers included"
          : "host mode publishes it on the proxy nodes";
      if (p.publishedPort().value().equals(p.publishedSslPort().value())) {
        findings.report(p.publishedSslPort().at(), "publishedSSLPort " + p.publishedSslPort().value()
            + " is also publishedPort; the proxies need one port for HTTP and another for TLS",
            "give publishedPort and publishedSSLPort different ports (8080 and 8443 by default)");
      }
      for (Located<Long> port : List.of(p.publishedPort(), p.publishedSslPort())) {
        String key = port == p.publishedPort() ? "publishedPort" : "publishedSSLPort";
        taken(t, port.value(), everywhere).ifPresent(x -> findings.report(port.at(), "externalLoadBalancer." + key + " "
            + port.value() + " is " + x.owner() + ", and " + where,
            "choose a free port such as " + (key.equals("publishedPort") ? "8080" : "8443")
                + (everywhere ? ", or publish in host mode on dedicated proxy nodes" : "")));
      }
    });
  }

  private static Optional<Taken> taken(Topology t, long port, boolean managers) {
    List<Taken> own = new ArrayList<>();
    if (managers) {
      own.add(new Taken(t.controllers().port().value(), "the controller port, where " + t.platform().product() + " serves its UI and API"));
      t.kubernetesPort().ifPresent(k -> own.add(new Taken(k.value(), "the Kubernetes API port of the managers")));
      own.add(new Taken(t.controllers().swarmPort().value(), "the managers' Swarm port (swarmPort)"));
      t.registry().ifPresent(r -> {
        own.add(new Taken(r.httpPort().value(), "the registry replicas' HTTP port"));
        own.add(new Taken(r.httpsPort().value(), "the registry replicas' HTTPS port"));
      });
    }
    return own.stream().filter(x -> x.port() == port).findFirst()
        .or(() -> SystemPorts.find(t.platform(), port, managers)
            .map(r -> new Taken(port, "reserved by " + t.platform().title() + " for " + r.purpose())));
  }
}
