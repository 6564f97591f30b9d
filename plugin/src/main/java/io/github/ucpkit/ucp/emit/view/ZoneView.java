package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.emit.RoutedService;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Dns;
import io.github.ucpkit.ucp.model.topology.Topology.Nameserver;
import io.github.ucpkit.ucp.model.topology.Topology.Node;
import io.github.ucpkit.ucp.model.topology.ZoneNames;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The zone file for cluster.domain: SOA, NS with glue, the controllers' name to the load balancer
 * VIP, the registry's name to its VIP, every routed name (and the wildcard) to the load-balancer nodes (interlock2: to the proxies' VIP). Records are sorted so the
 * file only changes when the zone does.
 */
public record ZoneView(
    Header header, DnsName origin, long ttl, long serial, DnsName primary, DnsName hostmaster,
    List<DnsName> nameservers, List<Rr> records) {

  /** One address record; {@code owner} is relative to the origin ({@code @} for the apex). */
  public record Rr(String owner, String type, IpAddress address) {

    static Rr of(DnsName name, DnsName origin, IpAddress address) {
      return new Rr(name.relativeTo(origin), address.isV6() ? "AAAA" : "A", address);
    }

    /** The owner padded to a column, so the file reads as a table. */
    public String column() {
      return String.format("%-23s", owner);
    }

    public String typeColumn() {
      return String.format("%-4s", type);
    }

    String key() {
      return (owner.equals("@") ? "" : owner) + " " + type + " " + address.value();
    }
  }

  public static final String WILDCARD = "*";

  /** The zone with {@code serial}; see {@link SerialPolicy} for how a generated zone's serial is chosen. */
  public static ZoneView of(Header header, Topology t, List<RoutedService> routes, long serial) {
    DnsName origin = Views.valid(DnsName.parse(t.domain().value()), "domain");
    Dns dns = t.dns().orElseThrow(() -> new IllegalStateException("validation requires a dns section"));
    List<DnsName> ns = dns.nameservers().stream()
        .map(n -> Views.valid(DnsName.parse(n.name().value()), "name server"))
        .toList();
    List<Rr> records = new ArrayList<>();
    for (Nameserver n : dns.nameservers()) {
      DnsName name = Views.valid(DnsName.parse(n.name().value()), "name server");
      Optional<IpAddress> address = n.address().map(a -> Views.valid(IpAddress.parse(a.value()), "name server address"));
      if (name.isWithin(origin) && address.isPresent()) {
        records.add(Rr.of(name, origin, address.get()));
      }
    }
    records.add(Rr.of(
        Views.valid(DnsName.parse(t.controllers().fqdn().value()), "controllers fqdn"),
        origin,
        Views.valid(IpAddress.parse(t.controllers().loadBalancerAddress().value()), "load balancer address")));
    t.registry().ifPresent(r -> records.add(Rr.of(
        Views.valid(DnsName.parse(r.fqdn().value()), "registry fqdn"),
        origin,
        Views.valid(IpAddress.parse(r.loadBalancerAddress().value()), "registry address"))));
    List<IpAddress> lbs = routedTo(t);
    for (RoutedService r : routes) {
      for (DnsName name : r.names()) {
        lbs.forEach(a -> records.add(Rr.of(name, origin, a)));
      }
    }
    if (dns.wildcard()) {
      lbs.forEach(a -> records.add(new Rr(WILDCARD, a.isV6() ? "AAAA" : "A", a)));
    }
    List<Rr> sorted = records.stream().distinct().sorted(Comparator.comparing(Rr::key)).toList();
    long ttl = dns.ttl().value().longValueExact();
    DnsName hostmaster = Views.valid(ZoneNames.hostmaster(origin), "hostmaster (TOPO-DNS-002)");
    return new ZoneView(header, origin, ttl, serial, ns.get(0), hostmaster, ns, sorted);
  }

  /** The load-balancer nodes; in interlock2 mode the VIP in front of the proxies, which clients reach instead. */
  private static List<IpAddress> routedTo(Topology t) {
    if (t.externalLoadBalancer().mode() == Topology.Mode.INTERLOCK2) {
      Optional<IpAddress> vip = t.externalLoadBalancer().proxies().address().flatMap(a -> IpAddress.parse(a.value()));
      return List.of(Views.valid(vip, "proxies' address"));
    }
    return t.loadBalancerNodes().stream()
        .map(Node::address)
        .map(a -> Views.valid(IpAddress.parse(a.value()), "load-balancer node address"))
        .sorted()
        .toList();
  }

  public ZoneView withSerial(long value) {
    return new ZoneView(header, origin, ttl, value, primary, hostmaster, nameservers, records);
  }

  /** The file name of the zone in the output directory. */
  public String artifactName() {
    return origin.value() + ".zone";
  }
}
