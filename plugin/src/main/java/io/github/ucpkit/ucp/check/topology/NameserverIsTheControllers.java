package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Nameserver;
import io.github.ucpkit.ucp.model.topology.Quorum;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.Optional;

/**
 * A name server is named as the controllers ({@code controllers.fqdn}) with an address other than the
 * controllers' load balancer. The zone writes the name server's glue and the controllers' record
 * under the same name, so {@code ucp.example.com} answers with both addresses and clients reach
 * the name server for UCP about half the time; {@code named-checkzone} sees nothing wrong. The
 * registry's name ({@code registry.fqdn}) and VIP are written the same way.
 */
public final class NameserverIsTheControllers implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-DNS-003", Severity.ERROR, "A name server has the controllers' or registry's name but another address");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> t.dns().ifPresent(d -> {
      for (Quorum q : t.quorums()) {
        Optional<DnsName> fqdn = DnsName.parse(q.fqdn().value());
        Optional<IpAddress> vip = IpAddress.parse(q.loadBalancerAddress().value());
        if (fqdn.isEmpty() || vip.isEmpty()) {
          continue;
        }
        for (Nameserver ns : d.nameservers()) {
          Optional<IpAddress> glue = ns.address().flatMap(a -> IpAddress.parse(a.value()));
          if (DnsName.parse(ns.name().value()).equals(fqdn) && glue.isPresent() && !glue.equals(vip)) {
            findings.report(
                ns.name().at(),
                "name server " + fqdn.get() + " has " + q.role().possessive() + " name, so the zone would give " + fqdn.get()
                    + " two addresses: " + glue.get() + " (the name server's glue) and " + vip.get()
                    + " (" + q.role().possessive() + " load balancer)",
                "give the name server a name of its own, such as ns1." + t.domain().value());
          }
        }
      }
    }));
  }
}
