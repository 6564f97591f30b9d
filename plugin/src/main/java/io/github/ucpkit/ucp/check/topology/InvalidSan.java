package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.Topology.Member;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.IpAddress;

/** SAN entries must be valid DNS names or IP literals. */
public final class InvalidSan implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-SAN-002", Severity.ERROR, "A SAN is neither a DNS name nor an IP address");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      for (Member m : t.quorums().stream().flatMap(q -> q.members().stream()).toList()) {
        for (Located<String> san : m.sans()) {
          if (IpAddress.parse(san.value()).isEmpty() && DnsName.parse(Sans.withoutWildcard(san.value())).isEmpty()) {
            findings.report(
                san.at(),
                "SAN \"" + san.value() + "\" is neither an IP address nor a DNS name: "
                    + DnsName.problem(Sans.withoutWildcard(san.value())).orElse("it is not valid"),
                "write a host name such as ucp.example.com or an address such as 10.10.10.11");
          }
        }
      }
    });
  }
}
