package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Controller;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.value.Port;
import java.util.ArrayList;
import java.util.List;

/**
 * haproxy.cfg for the controllers' load balancer. {@code swarm} holds zero or one forwarded Swarm
 * port, so the template only loops.
 */
public record HaproxyView(
    Header header, DnsName cluster, DnsName fqdn, IpAddress vip, int controllerCount, String tolerance,
    List<Server> servers, List<Port> swarm) {

  /** One controller as an HAProxy {@code server} line. */
  public record Server(DnsName name, String address) {}

  public static final Port HTTPS = new Port(443);

  public static HaproxyView of(Header header, Topology t) {
    List<Server> servers = new ArrayList<>();
    for (Controller c : t.controllers().nodes()) {
      servers.add(new Server(
          Views.valid(DnsName.parse(c.name().value()), "controller name"),
          Views.valid(IpAddress.parse(c.address().value()), "controller address").hostPart()));
    }
    List<Port> swarm = t.controllers().forwardSwarmPort()
        ? List.of(new Port(t.controllers().swarmPort().value().intValue()))
        : List.of();
    return new HaproxyView(
        header,
        Views.valid(DnsName.parse(t.clusterName().value()), "cluster name"),
        Views.valid(DnsName.parse(t.controllers().fqdn().value()), "controllers fqdn"),
        Views.valid(IpAddress.parse(t.controllers().loadBalancerAddress().value()), "load balancer address"),
        servers.size(),
        t.controllers().failureTolerance() + (t.controllers().failureTolerance() == 1 ? " failure" : " failures"),
        servers,
        swarm);
  }
}
