package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.ArrayList;
import java.util.List;

/** Every address in the spec is an IPv4 or IPv6 literal; nothing is looked up in DNS. */
public final class InvalidAddress implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-ADDR-001", Severity.ERROR, "An address is not an IP literal");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      List<Located<String>> all = new ArrayList<>(t.machineAddresses());
      all.add(t.externalLoadBalancer().resolver());
      t.controllers().operations().stats().ifPresent(s -> all.add(s.address()));
      t.externalLoadBalancer().status().ifPresent(s -> all.add(s.address()));
      for (Located<String> a : all) {
        if (IpAddress.parse(a.value()).isEmpty()) {
          findings.report(
              a.at(),
              "\"" + a.value() + "\" is not an IPv4 or IPv6 address",
              "write an address literal such as 10.10.10.11 or 2001:db8::11 (host names are not resolved here)");
        }
      }
    });
  }
}
