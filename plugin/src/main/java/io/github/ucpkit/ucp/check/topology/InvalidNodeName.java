package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;

/** Node names appear in the generated HAProxy config and are host names, so they must be DNS labels. */
public final class InvalidNodeName implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-NODE-004", Severity.ERROR, "A node name is not a DNS label");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> t.allNodeNames().forEach(name -> {
      if (!name.value().matches("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")) {
        findings.report(
            name.at(),
            "node name \"" + name.value() + "\" is not a DNS label (letters, digits and inner hyphens, at most 63)",
            "rename it, e.g. ucp1 or node-2");
      }
    }));
  }
}
