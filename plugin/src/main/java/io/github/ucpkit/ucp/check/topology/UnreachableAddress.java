package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.value.IpAddress;

/**
 * A machine or VIP at an address no machine can be reached at: unspecified, multicast or the limited
 * broadcast. The generated configs take it without a word (haproxy connects to itself at
 * {@code 0.0.0.0}, named-checkzone loads {@code vote IN A 0.0.0.0}), so only this rule can say that
 * every client would end up talking to itself.
 */
public final class UnreachableAddress implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-ADDR-002", Severity.ERROR, "A machine or VIP at an address no machine can be reached at");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      for (Located<String> a : t.machineAddresses()) {
        IpAddress.parse(a.value()).filter(IpAddress::isNoMachine).ifPresent(ip -> findings.report(a.at(),
            Echo.quote(a.value()) + " is " + kind(ip.canonical())
                + ": no machine can be reached at it, and a client sent there talks to itself or to no one",
            "write the address of the machine, or the VIP its load balancer holds"));
      }
    });
  }

  private static String kind(IpAddress canonical) {
    return canonical.isUnspecified() ? "the unspecified address"
        : canonical.value().equals("255.255.255.255") ? "the broadcast address" : "a multicast address";
  }
}
