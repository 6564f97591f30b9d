package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.route.Routing;
import io.github.ucpkit.ucp.model.route.StaticBackends;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * In static mode a backends key applies to several routed services (a bare service name that
 * several projects route, or two files of one project with the same service), or one routed
 * service has two keys ({@code web} and {@code shop/web}). nginx would send one app's names to
 * the other app's backends, without a word from anyone.
 */
public final class AmbiguousStaticBackends implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("XREF-ELB-003", Severity.ERROR, "A static backends key applies to several routed services, or a service has two keys");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      if (t.externalLoadBalancer().mode() != Mode.STATIC) {
        return;
      }
      List<Routing> routings = inputs.routes().all();
      StaticBackends backends = StaticBackends.of(t.externalLoadBalancer().backends(), routings);
      for (StaticBackends.Key key : backends.keys()) {
        List<Routing> applies = backends.routings(key);
        if (applies.size() < 2) {
          continue;
        }
        Set<String> qualified = applies.stream().map(StaticBackends::qualified).collect(Collectors.toCollection(LinkedHashSet::new));
        findings.report(
            key.text().at(),
            "backends \"" + key.text().value() + "\" apply to " + applies.size() + " routed services: "
                + applies.stream().map(AmbiguousStaticBackends::describe).collect(Collectors.joining(", "))
                + "; each would be sent to the same backends",
            qualified.size() == applies.size()
                ? "write one key per service, qualified with its project: " + qualified.stream()
                    .map(q -> "\"" + q + "\"").collect(Collectors.joining(", "))
                : "these services share one project and one name; rename one of them, or route only one");
      }
      for (Routing r : routings) {
        List<StaticBackends.Key> keys = backends.keys(r);
        for (StaticBackends.Key second : keys.subList(Math.min(1, keys.size()), keys.size())) {
          findings.report(
              second.text().at(),
              "backends \"" + second.text().value() + "\" are for " + describe(r) + ", which \"" + keys.get(0).text().value()
                  + "\" (line " + keys.get(0).text().at().line() + ") already lists backends for",
              "keep one of the two entries");
        }
      }
    });
  }

  private static String describe(Routing r) {
    return "\"" + r.service().name() + "\" of project \"" + r.file().project() + "\" (" + r.file().path().getFileName() + ")";
  }
}
