package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.route.RouteName;
import io.github.ucpkit.ucp.model.route.Routing;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.Optional;

/** Every name the apps are routed under must lie inside cluster.domain, or the generated zone cannot answer it. */
public final class FqdnOutsideZone implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("XREF-DNS-001", Severity.ERROR, "An Interlock FQDN lies outside the cluster domain");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      Optional<DnsName> zone = DnsName.parse(t.domain().value());
      if (zone.isEmpty()) {
        return;
      }
      for (Routing r : inputs.routes().all()) {
        for (RouteName n : r.claims()) {
          if (!n.name().isWithin(zone.get())) {
            findings.report(
                n.zoneAt(),
                "service \"" + r.service().name() + "\" is routed as " + n.name() + ", which is outside cluster.domain "
                    + zone.get() + "; the generated zone cannot answer it",
                "change " + n.labels() + " to a name ending in ." + zone.get() + ", or change cluster.domain");
          }
        }
      }
    });
  }
}
