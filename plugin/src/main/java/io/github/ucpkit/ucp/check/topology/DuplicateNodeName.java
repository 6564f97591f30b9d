package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Node names are unique across controllers and nodes. */
public final class DuplicateNodeName implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-NODE-001", Severity.ERROR, "Two nodes share a name");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      Map<String, Located<String>> seen = new HashMap<>();
      t.allNodeNames().forEach(name -> {
        Located<String> first = seen.putIfAbsent(name.value().toLowerCase(Locale.ROOT), name);
        if (first != null && !Placement.sameMachine(t, first, name)) {
          findings.report(
              name.at(),
              "node name \"" + name.value() + "\" is already used at line " + first.at().line(),
              "give every node its own name");
        }
      });
    });
  }
}
