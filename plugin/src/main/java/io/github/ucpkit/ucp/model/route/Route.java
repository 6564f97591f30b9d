package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.HashSet;
import java.util.List;

/**
 * A service the external load balancer routes to, every value a checked type. Only {@link Routes}
 * builds one, and the constructor refuses what no generated config could hold (a name twice, the
 * websocket endpoint {@code /}, no network), so a template that receives a route can render it.
 *
 * @param claims the names, primary first, then the aliases sorted; each once
 * @param host the service's name as the load balancer resolves it
 * @param port the container port HTTP goes to
 * @param networks the engine names of the networks the load balancer joins to reach it, sorted
 * @param websockets paths whose connections are upgraded, sorted, never {@code /}
 * @param options context root, redirects, affinity, TLS and the rest ({@link RouteOptions#NONE} for
 *     Interlock 1.x); each redirected host is one of the names, and at least one name is served
 */
public record Route(
    ComposeFile file, Service service, String source, List<RouteName> claims, DockerName host, Port port,
    List<DockerName> networks, List<UrlPath> websockets, RouteOptions options) implements Routing {

  /** A route with no options beyond names, port, networks and websockets. */
  public Route(
      ComposeFile file, Service service, String source, List<RouteName> claims, DockerName host, Port port,
      List<DockerName> networks, List<UrlPath> websockets) {
    this(file, service, source, claims, host, port, networks, websockets, RouteOptions.NONE);
  }

  public Route {
    claims = List.copyOf(claims);
    networks = List.copyOf(networks);
    websockets = List.copyOf(websockets);
    if (claims.isEmpty() || new HashSet<>(claims.stream().map(RouteName::name).toList()).size() != claims.size()) {
      throw new IllegalArgumentException("a route needs distinct names: " + claims);
    }
    if (networks.isEmpty() || new HashSet<>(networks).size() != networks.size()) {
      throw new IllegalArgumentException("a route needs distinct networks: " + networks);
    }
    if (new HashSet<>(websockets).size() != websockets.size() || websockets.stream().anyMatch(w -> w.value().equals("/"))) {
      throw new IllegalArgumentException("websocket endpoints must be distinct and not /: " + websockets);
    }
    List<DnsName> names = claims.stream().map(RouteName::name).toList();
    if (!options.redirects().stream().allMatch(r -> names.contains(r.from())) || options.redirects().size() >= names.size()) {
      throw new IllegalArgumentException("redirects must name hosts of the route and leave one served: " + options.redirects());
    }
  }

  /** The names the service itself answers: all but the redirected ones, primary first. */
  public List<DnsName> served() {
    List<DnsName> redirected = options.redirects().stream().map(RouteOptions.Redirect::from).toList();
    return names().stream().filter(n -> !redirected.contains(n)).toList();
  }

  /** The names, primary first. */
  public List<DnsName> names() {
    return claims.stream().map(RouteName::name).toList();
  }

  public DnsName primary() {
    return claims.get(0).name();
  }

  /** An nginx upstream name: the primary name with dots as underscores (DNS names hold no underscore, so it is unique). */
  public String upstream() {
    return primary().value().replace('.', '_');
  }
}
