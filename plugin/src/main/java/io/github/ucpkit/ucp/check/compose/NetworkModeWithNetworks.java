package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YScalar;

/**
 * A service sets both {@code network_mode} and {@code networks}. {@code network_mode} hands the
 * container's networking to the host, another container or nothing, so there is no network stack for
 * {@code networks} to configure; docker-compose stops: "'network_mode' and 'networks' cannot be combined".
 */
public final class NetworkModeWithNetworks implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-NET-003", Severity.ERROR, "A service sets both network_mode and networks");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      if (file.forStack()) {
        return; // docker stack deploy ignores network_mode
      }
      YMap def = service.definition();
      // docker-compose skips the check when network_mode is empty or null (Python falsiness)
      boolean hasMode = def.get("network_mode")
          .map(n -> !(n instanceof YScalar s) || !(s.isNull() || (s.isString() && s.text().isEmpty())))
          .orElse(false);
      if (!hasMode) {
        return;
      }
      def.entry("networks").ifPresent(networks -> findings.report(
          networks.key().at(),
          "service \"" + service.name() + "\" sets both \"network_mode\" and \"networks\"",
          "remove one: with network_mode the service has no networks of its own to join"
              + " (docker-compose: \"'network_mode' and 'networks' cannot be combined\")"));
    });
  }
}
