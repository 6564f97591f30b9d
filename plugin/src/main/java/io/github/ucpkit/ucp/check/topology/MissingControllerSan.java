package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Controller;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.Optional;

/** Each controller's certificate must name the FQDN clients use, or TLS through the load balancer fails. */
public final class MissingControllerSan implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-SAN-001", Severity.ERROR, "A controller's SANs lack the controllers' FQDN");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      Optional<DnsName> fqdn = DnsName.parse(t.controllers().fqdn().value());
      if (fqdn.isEmpty()) {
        return; // TOPO-NAME-001 reports the name itself
      }
      for (Controller c : t.controllers().nodes()) {
        boolean listed = c.sans().stream().anyMatch(s -> Sans.covers(s.value(), fqdn.get()));
        if (!listed) {
          findings.report(
              c.at(),
              "controller \"" + c.name().value() + "\" does not list " + t.controllers().fqdn().value()
                  + " in its sans; the UCP CA signs only the SANs given at install, so clients reaching it through the load balancer get a certificate error",
              "add " + t.controllers().fqdn().value() + " to its sans (and pass it as --san when installing or re-configuring that controller)");
        }
      }
    });
  }
}
