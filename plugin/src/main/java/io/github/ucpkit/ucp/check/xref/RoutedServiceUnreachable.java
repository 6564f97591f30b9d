package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;

/** The load balancer reaches a routed service over a network; host or none networking leaves it nothing to reach. */
public final class RoutedServiceUnreachable implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("XREF-NET-001", Severity.ERROR, "A routed service cannot be reached by the external load balancer")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      if (!Interlock.of(service).routed()) {
        return;
      }
      service.networkMode().ifPresent(mode -> {
        if (mode.value().equals("host") || mode.value().equals("none") || mode.value().startsWith("container:")
            || mode.value().startsWith("service:")) {
          findings.report(
              mode.at(),
              "service \"" + service.name() + "\" has Interlock labels but network_mode \"" + mode.value()
                  + "\", so the external load balancer cannot join a network to reach it",
              "remove network_mode and put the service on a network the load balancer joins");
        }
      });
    });
  }
}
