package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.model.topology.Quorum;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Member;
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
 * haproxy.cfg for the controllers' load balancer, and the registry's VIP when the spec has one.
 * {@code forwarded}, {@code registry}, {@code stats} and {@code adminSocket} hold zero or more
 * elements, so the template only loops.
 *
 * @param about the comment under the header, line by line
 * @param port the controller port: the HTTPS frontend, the servers, and where every health check goes
 * @param redirect where plain HTTP is sent: {@code https://<fqdn>}, with the port when it is not 443
 * @param forwarded the controllers' other ports: the Swarm port (UCP 2.x, when forwarded), the
 *     Kubernetes API (MKE 3); each checked on {@code port}
 * @param binds the addresses the controllers' frontends bind: IPv4 (and IPv6 when the VIP is IPv6) on
 *     every interface, or the VIP itself when a registry VIP shares the host
 * @param log the {@code log} directive's arguments
 */
public record HaproxyView(
    Header header, List<String> about, DnsName fqdn, Port port, String redirect, List<Server> servers,
    List<Forwarded> forwarded, List<Bind> binds, List<RegistryView> registry, String log, List<Listen> stats,
    List<SocketPath> adminSocket) {

  /** One controller or replica as an HAProxy {@code server} line. */
  public record Server(DnsName name, String address) {}

  /**
   * A bind address: {@code bind :80}, or {@code bind :::80 v6only} beside it, so each family has
   * its own socket whatever the host's {@code bindv6only} says; or one VIP, {@code bind 10.10.10.10:80}.
   */
  public record Bind(String address, String options) {}

  /** A port passed through to the same port of every controller, which is healthy when UCP/MKE answers on its own port. */
  public record Forwarded(String name, Port port, String comment) {}

  /** The registry's frontends and backends: its VIP's binds, its two ports, its replicas. */
  public record RegistryView(List<Bind> binds, Port httpPort, Port httpsPort, List<Server> servers) {}

  /** An operator's endpoint as HAProxy binds it: {@code 127.0.0.1:8404}, {@code [::1]:8404}. */
  public record Listen(String text) {}

  private static final Bind V4 = new Bind("", "");
  private static final Bind V6 = new Bind("::", " v6only");
  private static final int HTTPS = 443;

  public static HaproxyView of(Header header, Topology t) {
    Topology.Controllers c = t.controllers();
    IpAddress vip = Views.valid(IpAddress.parse(c.loadBalancerAddress().value()), "load balancer address");
    DnsName fqdn = Views.valid(DnsName.parse(c.fqdn().value()), "controllers fqdn");
    Port port = port(c.port().value(), "controller port");
    String product = t.platform().product();
    List<Forwarded> forwarded = new ArrayList<>();
    if (c.forwardSwarmPort()) {
      forwarded.add(new Forwarded("ucp_swarm", port(c.swarmPort().value(), "swarm port"),
          "healthy means " + product + " answers /_ping on " + port + ", whatever the Swarm port says"));
    }
    t.kubernetesPort().ifPresent(k -> forwarded.add(new Forwarded("ucp_kubernetes", port(k.value(), "kubernetes port"),
        "healthy means " + product + " answers /_ping on " + port + ", whatever the Kubernetes API says")));
    // two VIPs serve 80 and 443 on one host: each frontend must bind its own address
    boolean ownAddress = t.registry().isPresent();
    List<RegistryView> registry = t.registry().map(r -> new RegistryView(
        binds(Views.valid(IpAddress.parse(r.loadBalancerAddress().value()), "registry address"), true),
        port(r.httpPort().value(), "registry http port"),
        port(r.httpsPort().value(), "registry https port"),
        servers(r.quorum()))).stream().toList();
    Operations ops = c.operations();
    return new HaproxyView(
        header,
        HaproxyAbout.lines(t, vip),
        fqdn,
        port,
        "https://" + fqdn + (port.number() == HTTPS ? "" : ":" + port),
        servers(c.quorum()),
        forwarded,
        binds(vip, ownAddress),
        registry,
        log(ops),
        ops.stats().map(s -> new Listen(Views.endpoint(s, "stats").text())).stream().toList(),
        ops.adminSocket().map(p -> Views.valid(SocketPath.parse(p.value()), "admin socket")).stream().toList());
  }

  private static List<Server> servers(Quorum q) {
    List<Server> out = new ArrayList<>();
    for (Member m : q.members()) {
      out.add(new Server(
          Views.valid(DnsName.parse(m.name().value()), q.role().one() + " name"),
          Views.valid(IpAddress.parse(m.address().value()), q.role().one() + " address").hostPart()));
    }
    return out;
  }

  /** The VIP itself, in its own family ({@code ::ffff:10.0.0.1} binds as 10.0.0.1), or every interface. */
  static List<Bind> binds(IpAddress vip, boolean ownAddress) {
    if (ownAddress) {
      return List.of(new Bind(vip.canonical().hostPart(), ""));
    }
    return vip.isV6() ? List.of(V4, V6) : List.of(V4);
  }

  private static Port port(long value, String what) {
    return Views.valid(Port.parse(Long.toString(value)), what);
  }

  /** stdout in raw format unless the spec names a target; raw lines carry no syslog header, which a stream does not want. */
  static String log(Operations ops) {
    LogTarget target = ops.log()
        .map(l -> Views.valid(LogTarget.parse(l.target().value()), "log target"))
        .orElse(new LogTarget.Stream("stdout"));
    SyslogFacility facility = ops.log()
        .map(l -> Views.valid(SyslogFacility.parse(l.facility()), "log facility"))
        .orElse(SyslogFacility.LOCAL0);
    return target.haproxy() + (target.raw() ? " format raw " : " ") + facility.text();
  }
}
