package io.github.ucpkit.ucp.check.dns;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Nameserver;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.Optional;

/** A name server named inside the zone needs an address record in the zone itself. */
public final class MissingGlue implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("DNS-NS-003", Severity.ERROR, "A name server inside the zone has no address (glue)");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> t.dns().ifPresent(d -> {
      Optional<DnsName> zone = DnsName.parse(t.domain().value());
      for (Nameserver ns : d.nameservers()) {
        Optional<DnsName> name = DnsName.parse(ns.name().value());
        if (zone.isPresent() && name.isPresent() && name.get().isWithin(zone.get()) && ns.address().isEmpty()) {
          findings.report(
              ns.at(),
              "name server " + name.get() + " lies inside " + zone.get()
                  + " but has no address, so resolvers cannot find it (missing glue)",
              "add address: to this name server");
        }
      }
    }));
  }
}
