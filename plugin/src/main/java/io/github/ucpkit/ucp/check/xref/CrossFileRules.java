package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/** Rules that hold the Compose files and the topology spec against each other. */
public final class CrossFileRules {

  private CrossFileRules() {}

  public static List<Rule> all() {
    return List.of(
        new FqdnOutsideZone(),
        new FqdnCollision(),
        new RoutedServiceUnreachable(),
        new NoLoadBalancerNode(),
        new StaticBackendsMismatch(),
        new AmbiguousStaticBackends(),
        new AmbiguousServiceName(),
        new SharedProjectName(),
        new RouteFromEnvironment());
  }
}
