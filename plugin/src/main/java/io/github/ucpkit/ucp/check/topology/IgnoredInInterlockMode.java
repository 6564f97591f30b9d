package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.ProxyLabels;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.ExternalLoadBalancer;
import java.util.ArrayList;
import java.util.List;

/**
 * In interlock mode the generated nginx.conf is only the first config: Interlock replaces the whole
 * file with its own template as soon as it sees the app's containers, and that template has no
 * status server and fixed limits. A body size, read timeout or status endpoint set for nginx (in
 * the spec or as a service label) would work for the first seconds and then silently vanish.
 */
public final class IgnoredInInterlockMode implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-ELB-003", Severity.WARNING, "A load-balancer setting has no lasting effect in interlock mode");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().filter(t -> t.externalLoadBalancer().mode() == Topology.Mode.INTERLOCK).ifPresent(t -> {
      ExternalLoadBalancer elb = t.externalLoadBalancer();
      List<Located<String>> settings = new ArrayList<>();
      elb.limits().clientMaxBodySize().ifPresent(v -> settings.add(new Located<>("clientMaxBodySize", v.at())));
      elb.limits().proxyReadTimeout().ifPresent(v -> settings.add(new Located<>("proxyReadTimeout", v.at())));
      elb.status().ifPresent(s -> settings.add(new Located<>("status", s.at())));
      for (Located<String> s : settings) {
        findings.report(s.at(), "externalLoadBalancer." + s.value() + " has no lasting effect in interlock mode: Interlock"
            + " replaces nginx.conf with its own template", HINT);
      }
      inputs.forEachService((file, service) -> {
        ProxyLabels labels = ProxyLabels.of(service);
        List<Label> set = new ArrayList<>();
        labels.clientMaxBodySize().ifPresent(set::add);
        labels.proxyReadTimeout().ifPresent(set::add);
        for (Label l : set) {
          findings.report(l.keyAt(), "label " + Echo.quote(l.key()) + " of service " + Echo.quote(service.name())
              + " has no lasting effect in interlock mode: Interlock replaces nginx.conf with its own template", HINT);
        }
      });
    });
  }

  private static final String HINT = "remove it, or use mode dns or static, where the generated nginx.conf is the one"
      + " nginx keeps";
}
