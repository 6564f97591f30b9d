package io.github.ucpkit.ucp.check.dns;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.diag.Location;

/** A zone needs at least one NS record; without a dns section or name servers no zone can be generated. */
public final class NoNameserver implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("DNS-NS-001", Severity.ERROR, "The zone has no name server");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      if (t.dns().isEmpty()) {
        findings.report(
            new Location(t.path(), 1, 1),
            "the spec has no dns section, so the zone for " + t.domain().value() + " has no name server",
            "add dns: with at least one entry under nameservers:");
      } else if (t.dns().get().nameservers().isEmpty()) {
        findings.report(t.dns().get().at(), "dns lists no nameservers; a zone needs at least one NS record",
            "add nameservers: [{name: ns1." + t.domain().value() + ", address: ...}]");
      }
    });
  }
}
