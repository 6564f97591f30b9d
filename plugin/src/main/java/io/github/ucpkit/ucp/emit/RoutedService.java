package io.github.ucpkit.ucp.emit;

import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.Route;
import io.github.ucpkit.ucp.model.route.Routes;
import io.github.ucpkit.ucp.model.route.Unresolved;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A route as the views and templates read it. The route itself is derived in one place,
 * {@link Routes}, which the rules read too; this only hands the resolved ones to rendering, and
 * refuses to render when validation let an unresolved one through.
 */
public record RoutedService(Route route) {

  public static List<RoutedService> of(Inputs inputs) {
    Routes routes = inputs.routes();
    List<Unresolved> unresolved = routes.unresolved();
    if (!unresolved.isEmpty()) {
      throw new IllegalStateException("validation let unresolved routes through: " + unresolved.stream()
          .map(u -> u.service().name() + " " + u.issues())
          .collect(Collectors.joining("; ")));
    }
    return routes.resolved().stream().map(RoutedService::new).toList();
  }

  public ComposeFile file() {
    return route.file();
  }

  public Service service() {
    return route.service();
  }

  /** The primary name first, then the alias domains sorted, each once. */
  public List<DnsName> names() {
    return route.names();
  }

  public DnsName primary() {
    return route.primary();
  }

  /** The service's name, which nginx resolves in dns mode. */
  public DockerName host() {
    return route.host();
  }

  public Port port() {
    return route.port();
  }

  /** The engine names of the networks the load balancer joins to reach it. */
  public List<DockerName> networks() {
    return route.networks();
  }

  public List<UrlPath> websockets() {
    return route.websockets();
  }

  public String upstream() {
    return route.upstream();
  }
}
