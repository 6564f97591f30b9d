package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.emit.RoutedService;
import io.github.ucpkit.ucp.model.topology.StaticBackend;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Backends;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.List;

/**
 * nginx.conf for the external load balancer: one server per routed service (its names, its
 * upstream, its own limits), a default server that proxies nothing, and the status server when the
 * spec names one. {@code resolver} holds the resolver in dns mode and is empty otherwise.
 *
 * @param listen what every public server listens on: port 80, and {@code [::]:80} when a
 *     load-balancer node has an IPv6 address (the zone gives its names AAAA records)
 * @param limits the cluster's defaults, set once in {@code http}
 * @param status where the status server listens: the spec's address in static mode (nginx is on the
 *     host's network), the bare port in dns mode (inside the container; lb-stack.yml publishes it on
 *     the spec's address); empty when off and in interlock mode
 */
public record NginxView(
    Header header, DnsName cluster, List<IpAddress> resolver, List<Site> sites, List<String> listen, RouteLimits limits,
    List<String> status) {

  /**
   * One routed service.
   *
   * @param host dns mode: the service name nginx resolves at run time
   * @param backends static mode: the listed backends, sorted
   */
  public record Site(
      String upstream, List<DnsName> names, DockerName host, Port port, List<StaticBackend> backends, List<UrlPath> websockets,
      RouteLimits limits) {}

  public static NginxView of(Header header, Topology t, List<RoutedService> routes) {
    RouteLimits cluster = RouteLimits.cluster(t);
    List<Site> sites = routes.stream().map(r -> site(t, r, cluster)).toList();
    Mode mode = t.externalLoadBalancer().mode();
    List<IpAddress> resolver = mode == Mode.DNS
        ? List.of(Views.valid(IpAddress.parse(t.externalLoadBalancer().resolver().value()), "resolver"))
        : List.of();
    boolean v6 = t.loadBalancerNodes().stream()
        .anyMatch(n -> Views.valid(IpAddress.parse(n.address().value()), "load-balancer node address").isV6());
    List<String> status = mode == Mode.INTERLOCK
        ? List.of()
        : t.externalLoadBalancer().status().map(s -> Views.endpoint(s, "status"))
            .map(e -> mode == Mode.STATIC ? e.text() : e.port().toString())
            .stream().toList();
    return new NginxView(
        header, Views.valid(DnsName.parse(t.clusterName().value()), "cluster name"), resolver, sites,
        v6 ? List.of("80", "[::]:80") : List.of("80"), cluster, status);
  }

  private static Site site(Topology t, RoutedService r, RouteLimits cluster) {
    List<StaticBackend> backends = t.externalLoadBalancer().backends().stream()
        .filter(b -> b.service().value().equals(r.service().name()))
        .map(Backends::entries)
        .flatMap(List::stream)
        .map(e -> Views.valid(StaticBackend.parse(e.value()), "backend"))
        .sorted()
        .distinct()
        .toList();
    DockerName host = Views.valid(DockerName.parse(r.service().name()), "service name");
    return new Site(r.upstream(), r.names(), host, r.port(), backends, r.websockets(), RouteLimits.of(r, cluster));
  }
}
