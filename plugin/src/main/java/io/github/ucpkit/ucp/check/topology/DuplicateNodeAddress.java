package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Controllers must run on distinct machines, and no two nodes share an address. */
public final class DuplicateNodeAddress implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-NODE-002", Severity.ERROR, "Two nodes share an address");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      Map<IpAddress, Located<String>> seen = new HashMap<>();
      List<Located<String>> addresses = new ArrayList<>();
      t.controllers().nodes().forEach(c -> addresses.add(c.address()));
      t.registry().ifPresent(r -> r.nodes().forEach(n -> addresses.add(n.address())));
      t.nodes().forEach(n -> addresses.add(n.address()));
      for (Located<String> a : addresses) {
        IpAddress.parse(a.value()).ifPresent(ip -> {
          Located<String> first = seen.putIfAbsent(ip, a);
          if (first != null && !Placement.sameMachine(t, first, a)) {
            findings.report(
                a.at(),
                "address " + a.value() + " is already used at line " + first.at().line()
                    + (controller(t, a) && controller(t, first)
                        ? "; two controllers on one machine fail together, so they add no tolerance"
                        : "; two nodes cannot share one address"),
                "give every node its own address");
          }
        });
      }
    });
  }

  private static boolean controller(io.github.ucpkit.ucp.model.topology.Topology t, Located<String> address) {
    return t.controllers().nodes().stream().anyMatch(c -> c.address().at().equals(address.at()));
  }
}
