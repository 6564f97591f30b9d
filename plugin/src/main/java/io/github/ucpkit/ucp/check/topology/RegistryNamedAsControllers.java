package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.Optional;

/**
 * {@code registry.fqdn} is {@code controllers.fqdn}. One name has one set of addresses: with two VIPs
 * the zone answers both and clients reach the registry for MKE and MKE for the registry at random;
 * with one VIP both serve 443 there. Either way each needs the other's certificate.
 */
public final class RegistryNamedAsControllers implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-MSR-001", Severity.ERROR, "The registry has the controllers' name");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> t.registry().ifPresent(r -> {
      Optional<DnsName> registry = DnsName.parse(r.fqdn().value());
      if (registry.isPresent() && registry.equals(DnsName.parse(t.controllers().fqdn().value()))) {
        findings.report(
            r.fqdn().at(),
            "registry.fqdn " + registry.get() + " is also controllers.fqdn; clients of one name would reach the"
                + " registry and the controllers at random",
            "give the registry a name of its own, such as msr." + t.domain().value()
                + " (the name it was installed with, --dtr-external-url)");
      }
    }));
  }
}
