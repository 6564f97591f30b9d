package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.emit.RoutedService;
import io.github.ucpkit.ucp.model.route.RouteOptions;
import io.github.ucpkit.ucp.model.route.StaticBackends;
import io.github.ucpkit.ucp.model.topology.StaticBackend;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.List;
import java.util.Optional;

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
   * @param names the names its server answers (redirected ones have a server of their own)
   * @param host dns mode: the service name nginx resolves at run time
   * @param backends static mode: the listed backends, sorted
   * @param whole one element when the service gets every path of its names, none when a context root limits it
   * @param contextRoot the context root, when there is one
   * @param balance static mode: the upstream's balancing directive when requests stick to a container
   *     ({@code ip_hash}, {@code hash $cookie_session consistent})
   * @param redirects names answered with a redirect instead of the service
   */
  public record Site(
      String upstream, List<DnsName> names, DockerName host, Port port, List<StaticBackend> backends, List<UrlPath> websockets,
      RouteLimits limits, List<Boolean> whole, List<ContextRoot> contextRoot, List<String> balance, List<Redirect> redirects) {}

  /**
   * A path prefix the service is limited to.
   *
   * @param path {@code /app}, no trailing slash
   * @param pattern the same as a regular expression (dots escaped), for the rewrite
   * @param rewrite one element when the prefix is taken off before the request goes on
   */
  public record ContextRoot(String path, String pattern, List<Boolean> rewrite) {

    static ContextRoot of(UrlPath path, boolean rewrite) {
      return new ContextRoot(path.value(), path.value().replace(".", "\\."), rewrite ? List.of(true) : List.of());
    }
  }

  /** A name whose requests are sent to {@code to} (a checked URL) with their path and query appended. */
  public record Redirect(DnsName from, String to) {}

  public static NginxView of(Header header, Topology t, List<RoutedService> routes) {
    RouteLimits cluster = RouteLimits.cluster(t);
    Mode mode = t.externalLoadBalancer().mode();
    // backends are read in static mode only: elsewhere the spec's list is unused, and need not match
    Optional<StaticBackends> backends = mode == Mode.STATIC
        ? Optional.of(StaticBackends.of(t.externalLoadBalancer().backends(), routes.stream().map(RoutedService::route).toList()))
        : Optional.empty();
    List<Site> sites = routes.stream().map(r -> site(backends, r, cluster)).toList();
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

  private static Site site(Optional<StaticBackends> backends, RoutedService r, RouteLimits cluster) {
    List<StaticBackend> listed = backends.map(b -> b.backends(r.route())).orElse(List.of());
    RouteOptions o = r.route().options();
    List<ContextRoot> root = o.contextRoot().map(c -> ContextRoot.of(c, o.contextRootRewrite())).stream().toList();
    // dns mode has no upstream to stick to; validation refuses affinity there (LB-MODE-001)
    List<String> balance = backends.isEmpty() ? List.of()
        : o.affinity().cookie().map(c -> "hash $cookie_" + c + " consistent").or(() -> o.affinity().ipHash()
            ? Optional.of("ip_hash") : Optional.empty()).stream().toList();
    List<Redirect> redirects = o.redirects().stream().map(d -> new Redirect(d.from(), d.to().text())).toList();
    return new Site(r.upstream(), r.route().served(), r.host(), r.port(), listed, r.websockets(), RouteLimits.of(r, cluster),
        root.isEmpty() ? List.of(true) : List.of(), root, balance, redirects);
  }
}
