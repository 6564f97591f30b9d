package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.route.RouteName;
import io.github.ucpkit.ucp.model.route.Routing;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.HashMap;
import java.util.Map;

/** An app name must not take over the controllers' name, the registry's or a name server's name. */
public final class FqdnCollision implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("XREF-DNS-002", Severity.ERROR, "An Interlock FQDN is the controllers' name or a name server's");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      Map<DnsName, String> reserved = new HashMap<>();
      DnsName.parse(t.controllers().fqdn().value()).ifPresent(n -> reserved.put(n, "the controllers' name (controllers.fqdn)"));
      t.registry().flatMap(r -> DnsName.parse(r.fqdn().value()))
          .ifPresent(n -> reserved.putIfAbsent(n, "the registry's name (registry.fqdn)"));
      t.dns().ifPresent(d -> d.nameservers().forEach(ns ->
          DnsName.parse(ns.name().value()).ifPresent(n -> reserved.putIfAbsent(n, "a name server's name"))));
      for (Routing r : inputs.routes().all()) {
        for (RouteName n : r.claims()) {
          String owner = reserved.get(n.name());
          if (owner != null) {
            findings.report(
                n.zoneAt(),
                "service \"" + r.service().name() + "\" is routed as " + n.name() + ", which is " + owner
                    + "; the zone would point it at the app load balancer",
                "change " + n.labels());
          }
        }
      }
    });
  }
}
