package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.ZoneNames;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.Optional;

/**
 * cluster.domain is a valid name, but too long for the names the zone derives from it: the SOA
 * names its contact {@code hostmaster.<domain>}, which must itself be a name of at most 253
 * characters, so the domain may have at most 242.
 */
public final class DomainTooLongForZone implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-DNS-002", Severity.ERROR, "The cluster domain is too long for the zone's SOA contact name");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().filter(t -> t.dns().isPresent()).ifPresent(t -> {
      Optional<DnsName> zone = DnsName.parse(t.domain().value());
      if (zone.isPresent() && ZoneNames.hostmaster(zone.get()).isEmpty()) {
        int length = zone.get().value().length();
        findings.report(
            t.domain().at(),
            "cluster.domain is " + length + " characters long; the zone's SOA names its contact "
                + ZoneNames.HOSTMASTER + "." + "<domain>, which would be " + (length + ZoneNames.HOSTMASTER.length() + 1)
                + " characters, and a DNS name may have at most 253",
            "use a domain of at most " + (253 - ZoneNames.HOSTMASTER.length() - 1) + " characters");
      }
    });
  }
}
