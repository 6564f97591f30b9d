package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.emit.RoutedService;
import io.github.ucpkit.ucp.model.topology.StaticBackend;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Backends;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.List;

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
    List<Site> sites = routes.stream().map(r -> site(t, r)).toList();
    List<IpAddress> resolver = t.externalLoadBalancer().mode() == Topology.Mode.DNS
        ? List.of(Views.valid(IpAddress.parse(t.externalLoadBalancer().resolver().value()), "resolver"))
        : List.of();
    return new NginxView(header, Views.valid(DnsName.parse(t.clusterName().value()), "cluster name"), resolver, sites);
  }

  private static Site site(Topology t, RoutedService r) {
    List<StaticBackend> backends = t.externalLoadBalancer().backends().stream()
        .filter(b -> b.service().value().equals(r.service().name()))
        .map(Backends::entries)
        .flatMap(List::stream)
        .map(e -> Views.valid(StaticBackend.parse(e.value()), "backend"))
        .sorted()
        .distinct()
        .toList();
    DockerName host = Views.valid(DockerName.parse(r.service().name()), "service name");
    return new Site(r.upstream(), r.names(), host, r.port(), backends, r.websockets());
  }
}
