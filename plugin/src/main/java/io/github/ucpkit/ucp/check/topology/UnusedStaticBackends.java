package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import java.util.Locale;

/**
 * {@code backends} are listed but the mode is dns or interlock, which never read them: either the
 * mode is not the one meant, or the list is left over and misleads whoever reads the spec.
 */
public final class UnusedStaticBackends implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-ELB-004", Severity.WARNING, "Static backends are listed, but the mode is not static");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      Mode mode = t.externalLoadBalancer().mode();
      if (mode != Mode.STATIC && !t.externalLoadBalancer().backends().isEmpty()) {
        String name = mode.name().toLowerCase(Locale.ROOT);
        findings.report(
            t.externalLoadBalancer().at(),
            "externalLoadBalancer lists backends, but mode " + name + " does not use them: "
                + (mode == Mode.DNS ? "nginx resolves each service by name" : "Interlock finds the containers itself"),
            "set mode: static to send traffic to the listed addresses, or remove backends");
      }
    });
  }
}
