package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.route.Problem;
import io.github.ucpkit.ucp.model.route.Routes;

/**
 * The load balancer reaches a routed service over a network it joins. A service with
 * {@code network_mode} (host, none, bridge, another container's or service's stack) joins no network
 * the load balancer's stack can join, so nothing could resolve or reach it by name.
 */
public final class RoutedServiceUnreachable implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("XREF-NET-001", Severity.ERROR, "A routed service cannot be reached by the external load balancer")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (Routes.Found f : inputs.routes().issues(Problem.NO_NETWORK)) {
      String mode = f.issue().detail();
      findings.report(
          f.issue().at(),
          "service \"" + f.routing().service().name() + "\" has " + f.routing().source()
              + (mode.isEmpty() ? " but joins no network" : " but network_mode \"" + mode + "\"")
              + ", so the external load balancer cannot join a network to reach it",
          "remove network_mode and put the service on a network the load balancer joins");
    }
  }
}
