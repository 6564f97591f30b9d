package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Controller;
import io.github.ucpkit.ucp.model.topology.Topology.Operations;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.value.LogTarget;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.value.SocketPath;
import io.github.ucpkit.ucp.model.value.SyslogFacility;
import java.util.ArrayList;
import java.util.List;

/**
 * haproxy.cfg for the controllers' load balancer. {@code swarm}, {@code stats} and
 * {@code adminSocket} hold zero or one element, so the template only loops.
 *
 * @param binds the wildcard addresses every frontend binds: IPv4, and IPv6 too when the VIP is IPv6
 * @param log the {@code log} directive's arguments
 */
public record HaproxyView(
    Header header, DnsName cluster, DnsName fqdn, IpAddress vip, int controllerCount, String tolerance,
    List<Server> servers, List<Port> swarm, List<Bind> binds, String log, List<Listen> stats, List<SocketPath> adminSocket) {

  /** One controller as an HAProxy {@code server} line. */
  public record Server(DnsName name, String address) {}

  /**
   * A wildcard bind: {@code bind :80}, or {@code bind :::80 v6only} beside it, so each family has
   * its own socket whatever the host's {@code bindv6only} says.
   */
  public record Bind(String address, String options) {}

  /** An operator's endpoint as HAProxy binds it: {@code 127.0.0.1:8404}, {@code [::1]:8404}. */
  public record Listen(String text) {}

  public static final Port HTTPS = new Port(443);

  private static final Bind V4 = new Bind("", "");
  private static final Bind V6 = new Bind("::", " v6only");

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
    IpAddress vip = Views.valid(IpAddress.parse(t.controllers().loadBalancerAddress().value()), "load balancer address");
    Operations ops = t.controllers().operations();
    return new HaproxyView(
        header,
        Views.valid(DnsName.parse(t.clusterName().value()), "cluster name"),
        Views.valid(DnsName.parse(t.controllers().fqdn().value()), "controllers fqdn"),
        vip,
        servers.size(),
        t.controllers().failureTolerance() + (t.controllers().failureTolerance() == 1 ? " failure" : " failures"),
        servers,
        swarm,
        vip.isV6() ? List.of(V4, V6) : List.of(V4),
        log(ops),
        ops.stats().map(s -> new Listen(Views.endpoint(s, "stats").text())).stream().toList(),
        ops.adminSocket().map(p -> Views.valid(SocketPath.parse(p.value()), "admin socket")).stream().toList());
  }

  /** stdout in raw format unless the spec names a target; raw lines carry no syslog header, which a stream does not want. */
  private static String log(Operations ops) {
    LogTarget target = ops.log()
        .map(l -> Views.valid(LogTarget.parse(l.target().value()), "log target"))
        .orElse(new LogTarget.Stream("stdout"));
    SyslogFacility facility = ops.log()
        .map(l -> Views.valid(SyslogFacility.parse(l.facility()), "log facility"))
        .orElse(SyslogFacility.LOCAL0);
    return target.haproxy() + (target.raw() ? " format raw " : " ") + facility.text();
  }
}
