package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Backends;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import java.util.Set;
import java.util.TreeSet;

/**
 * In static mode every routed service needs backends, and every backends entry must be a routed
 * service; the hint suggests a routed service whose name is close to an entry that matches none.
 */
public final class StaticBackendsMismatch implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("XREF-ELB-001", Severity.ERROR, "Static backends and routed services do not match");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      if (t.externalLoadBalancer().mode() != Mode.STATIC) {
        return;
      }
      Set<String> routed = new TreeSet<>();
      for (Route r : Routes.of(inputs)) {
        routed.add(r.service().name());
      }
      Set<String> listed = new TreeSet<>();
      Suggest suggest = Suggest.among(routed);
      for (Backends b : t.externalLoadBalancer().backends()) {
        listed.add(b.service().value());
        if (!routed.contains(b.service().value())) {
          findings.report(
              b.service().at(),
              "backends are listed for \"" + b.service().value() + "\", which is not a service with Interlock labels",
              suggest.hint(b.service().value(),
                  "remove the entry, or fix the service name (routed services: " + String.join(", ", routed) + ")"));
        }
      }
      for (Route r : Routes.of(inputs)) {
        if (!listed.contains(r.service().name())) {
          findings.report(
              t.externalLoadBalancer().at(),
              "static mode has no backends for routed service \"" + r.service().name() + "\" (" + r.fqdn() + ")",
              "add backends: {" + r.service().name() + ": [\"10.10.20.11:8080\"]}");
          listed.add(r.service().name());
        }
      }
    });
  }
}
