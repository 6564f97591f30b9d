package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Quorum;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.Optional;

/** The generated zone can only answer names inside cluster.domain. */
public final class ControllersFqdnOutsideDomain implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-DNS-001", Severity.ERROR, "The controllers' or registry's FQDN lies outside the cluster domain");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      Optional<DnsName> zone = DnsName.parse(t.domain().value());
      for (Quorum q : t.quorums()) {
        Optional<DnsName> fqdn = DnsName.parse(q.fqdn().value());
        if (zone.isPresent() && fqdn.isPresent() && !fqdn.get().isWithin(zone.get())) {
          findings.report(
              q.fqdn().at(),
              q.role().section() + ".fqdn " + fqdn.get() + " is not inside cluster.domain " + zone.get()
                  + ", so the generated zone cannot answer it",
              "use a name ending in ." + zone.get() + ", or change cluster.domain");
        }
      }
    });
  }
}
