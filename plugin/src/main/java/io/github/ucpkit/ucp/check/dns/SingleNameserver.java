package io.github.ucpkit.ucp.check.dns;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;

/** One name server is a single point of failure for every name in the zone. */
public final class SingleNameserver implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("DNS-NS-002", Severity.WARNING, "The zone has only one name server");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().flatMap(t -> t.dns()).ifPresent(d -> {
      long distinct = d.nameservers().stream().map(n -> n.name().value().toLowerCase(java.util.Locale.ROOT)).distinct().count();
      if (distinct == 1) {
        findings.report(
            d.nameservers().get(0).at(),
            "the zone has a single name server; when it is down, no name in the zone resolves",
            "add a second name server (RFC 2182 recommends at least two, on separate networks)");
      }
    });
  }
}
