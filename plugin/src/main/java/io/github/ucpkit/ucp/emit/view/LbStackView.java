package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.emit.RoutedService;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.value.Port;
import java.util.List;
import java.util.TreeSet;

/**
 * lb-stack.yml, the Compose file of the load-balancer node(s): nginx with the generated config. In
 * dns mode it joins the app networks it routes to (external, under the names docker-compose gave
 * them) to reach Docker's embedded DNS; in static mode it runs on the host's network, since it
 * proxies to host addresses; in interlock mode Interlock runs beside it.
 *
 * @param swarmHost where Interlock reaches the Swarm manager: the controllers' name when the load
 *     balancer forwards the Swarm port, else the first controller
 * @param statusPorts dns mode: the status port published on the address the spec names
 *     ({@code 127.0.0.1:8081:8081}); empty otherwise
 */
public record LbStackView(
    Header header, DnsName cluster, String nginxImage, String interlockImage, List<DockerName> networks,
    String swarmHost, Port swarmPort, List<String> statusPorts) {

  /** The networks once, or not at all: an empty {@code networks:} section is not valid Compose. */
  public List<List<DockerName>> networkSections() {
    return networks.isEmpty() ? List.of() : List.of(networks);
  }

  /** Pinned, so the stack is reproducible; the same nginx as the tests run. */
  public static final String NGINX_IMAGE = "nginx:1.22.1";
  public static final String INTERLOCK_IMAGE = "ehazlett/interlock:1.4.5";

  public static LbStackView of(Header header, Topology t, List<RoutedService> routes) {
    TreeSet<DockerName> networks = new TreeSet<>();
    routes.forEach(r -> networks.addAll(r.networks()));
    Topology.Controllers c = t.controllers();
    String host = c.forwardSwarmPort()
        ? Views.valid(DnsName.parse(c.fqdn().value()), "controllers fqdn").value()
        : Views.valid(IpAddress.parse(c.nodes().get(0).address().value()), "controller address").hostPart();
    return new LbStackView(
        header,
        Views.valid(DnsName.parse(t.clusterName().value()), "cluster name"),
        NGINX_IMAGE,
        INTERLOCK_IMAGE,
        List.copyOf(networks),
        host,
        new Port(c.swarmPort().value().intValue()),
        t.externalLoadBalancer().mode() == Topology.Mode.DNS
            ? t.externalLoadBalancer().status().map(l -> Views.endpoint(l, "status"))
                .map(e -> e.text() + ":" + e.port()).stream().toList()
            : List.of());
  }
}
