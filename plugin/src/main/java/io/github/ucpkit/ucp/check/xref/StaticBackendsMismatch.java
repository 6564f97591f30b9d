package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.route.Routing;
import io.github.ucpkit.ucp.model.route.StaticBackends;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * In static mode every routed service needs backends, and every backends entry must be for a routed
 * service: a service name, or {@code project/service}; the hint suggests a routed service whose name
 * is close to an entry that matches none. An entry that applies to several services is XREF-ELB-003's.
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
      List<Routing> routings = inputs.routes().all();
      StaticBackends backends = StaticBackends.of(t.externalLoadBalancer().backends(), routings);
      Set<String> routed = new TreeSet<>();
      Map<String, Integer> projects = new HashMap<>();
      routings.forEach(r -> {
        routed.add(r.service().name());
        projects.merge(r.service().name(), 1, Integer::sum);
      });
      Suggest suggest = Suggest.among(routed);
      for (StaticBackends.Key key : backends.keys()) {
        if (backends.routings(key).isEmpty()) {
          findings.report(
              key.text().at(),
              "backends are listed for \"" + key.text().value() + "\", which is not "
                  + (key.qualified() ? "a service with Interlock labels in project \"" + key.project().get() + "\""
                      : "a service with Interlock labels"),
              suggest.hint(key.text().value(),
                  "remove the entry, or fix the service name (routed services: " + String.join(", ", routed) + ")"));
        }
      }
      for (Routing r : routings) {
        if (backends.keys(r).isEmpty()) {
          // a name several projects route needs the qualified key; a unique one reads better bare
          String key = projects.get(r.service().name()) > 1 ? StaticBackends.qualified(r) : r.service().name();
          findings.report(
              t.externalLoadBalancer().at(),
              "static mode has no backends for routed service \"" + r.service().name() + "\""
                  + (r.claims().isEmpty() ? "" : " (" + r.claims().get(0).name() + ")")
                  + " of project \"" + r.file().project() + "\"",
              "add backends: {\"" + key + "\": [\"10.10.20.11:8080\"]}");
        }
      }
    });
  }
}
