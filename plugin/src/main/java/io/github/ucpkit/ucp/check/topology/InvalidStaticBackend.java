package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.StaticBackend;
import io.github.ucpkit.ucp.model.topology.Topology.Backends;

/** Static backends are written address:port with an IP literal and a port from 1 to 65535. */
public final class InvalidStaticBackend implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-ELB-001", Severity.ERROR, "A static backend is not address:port");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      for (Backends b : t.externalLoadBalancer().backends()) {
        for (Located<String> entry : b.entries()) {
          if (StaticBackend.parse(entry.value()).isEmpty()) {
            findings.report(
                entry.at(),
                "backend \"" + entry.value() + "\" of service \"" + b.service().value() + "\" is not address:port",
                "write it as 10.10.20.11:8080, or [2001:db8::11]:8080 for IPv6");
          }
        }
      }
    });
  }
}
