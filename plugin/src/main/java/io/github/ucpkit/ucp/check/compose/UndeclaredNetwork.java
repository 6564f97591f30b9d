package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;

/**
 * A service joins a network the file does not declare. {@code docker-compose config} accepts this;
 * {@code up} fails with "Service uses an undefined network".
 */
public final class UndeclaredNetwork implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-NET-001", Severity.ERROR, "A service joins a network that is not declared")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      for (NetworkAttachment n : service.networks()) {
        if (!n.implicit() && !n.network().equals("default") && file.network(n.network()).isEmpty()) {
          findings.report(
              n.at(),
              "service \"" + service.name() + "\" joins network \"" + n.network()
                  + "\" which is not declared under top-level \"networks\"",
              "declare it under top-level \"networks:\"; docker-compose config accepts this file, but up fails with: "
                  + "Service \"" + service.name() + "\" uses an undefined network \"" + n.network() + "\"");
        }
      }
    });
  }
}
