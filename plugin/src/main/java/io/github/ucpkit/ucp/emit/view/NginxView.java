package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.emit.RoutedService;
import io.github.ucpkit.ucp.model.route.StaticBackends;
import io.github.ucpkit.ucp.model.topology.StaticBackend;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.List;
import java.util.Optional;

/**
 * nginx.conf for the external load balancer: one server per routed service (its names, its
 * upstream), a default server that proxies nothing. {@code resolver} holds the resolver in dns mode
 * and is empty otherwise.
 */
public record NginxView(Header header, DnsName cluster, List<IpAddress> resolver, List<Site> sites) {

  /**
   * One routed service.
   *
   * @param host dns mode: the service name nginx resolves at run time
   * @param backends static mode: the listed backends, sorted
   */
  public record Site(
      String upstream, List<DnsName> names, DockerName host, Port port, List<StaticBackend> backends, List<UrlPath> websockets) {}

  public static NginxView of(Header header, Topology t, List<RoutedService> routes) {
    // backends are read in static mode only: elsewhere the spec's list is unused, and need not match
    Optional<StaticBackends> backends = t.externalLoadBalancer().mode() == Topology.Mode.STATIC
        ? Optional.of(StaticBackends.of(t.externalLoadBalancer().backends(), routes.stream().map(RoutedService::route).toList()))
        : Optional.empty();
    List<Site> sites = routes.stream().map(r -> site(backends, r)).toList();
    List<IpAddress> resolver = t.externalLoadBalancer().mode() == Topology.Mode.DNS
        ? List.of(Views.valid(IpAddress.parse(t.externalLoadBalancer().resolver().value()), "resolver"))
        : List.of();
    return new NginxView(header, Views.valid(DnsName.parse(t.clusterName().value()), "cluster name"), resolver, sites);
  }

  private static Site site(Optional<StaticBackends> backends, RoutedService r) {
    List<StaticBackend> listed = backends.map(b -> b.backends(r.route())).orElse(List.of());
    return new Site(r.upstream(), r.names(), r.host(), r.port(), listed, r.websockets());
  }
}
