package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
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
 * the spec or as a service label) would work for the first seconds and then silently vanish. In
 * interlock2 mode the cluster's limits reach the proxies through interlock.toml, but a status
 * endpoint and a service's own limit labels have nowhere to go.
 */
public final class IgnoredInInterlockMode implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-ELB-003", Severity.WARNING, "A load-balancer setting has no lasting effect in interlock mode");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      if (t.externalLoadBalancer().mode() == Topology.Mode.INTERLOCK) {
        interlock(inputs, t, findings);
      } else if (t.externalLoadBalancer().mode() == Topology.Mode.INTERLOCK2) {
        interlock2(inputs, t, findings);
      }
    });
  }

  private static void interlock(Inputs inputs, Topology t, Findings findings) {
    ExternalLoadBalancer elb = t.externalLoadBalancer();
    List<Located<String>> settings = new ArrayList<>();
    elb.limits().clientMaxBodySize().ifPresent(v -> settings.add(new Located<>("clientMaxBodySize", v.at())));
    elb.limits().proxyReadTimeout().ifPresent(v -> settings.add(new Located<>("proxyReadTimeout", v.at())));
    elb.status().ifPresent(s -> settings.add(new Located<>("status", s.at())));
    for (Located<String> s : settings) {
      findings.report(s.at(), "externalLoadBalancer." + s.value() + " has no lasting effect in interlock mode: Interlock"
          + " replaces nginx.conf with its own template", HINT);
    }
    labels(inputs, findings, "has no lasting effect in interlock mode: Interlock replaces nginx.conf with its own template",
        HINT);
  }

  /**
   * interlock2: the cluster's limits go into interlock.toml, but the proxies' nginx config is
   * Interlock's, one for every route: no status page, no per-service limit.
   */
  private static void interlock2(Inputs inputs, Topology t, Findings findings) {
    t.externalLoadBalancer().status().ifPresent(s -> findings.report(s.at(), "externalLoadBalancer.status has no effect"
        + " in interlock2 mode: Interlock 2 renders the proxies' nginx config, which has no status page",
        "remove it; watch the proxies with docker service ps and the proxy-lb.cfg health checks"));
    labels(inputs, findings, "has no effect in interlock2 mode: Interlock 2 applies the cluster's limits from"
        + " interlock.toml to every route", "remove it, or set the limit for the whole cluster with"
        + " externalLoadBalancer.clientMaxBodySize or proxyReadTimeout");
  }

  private static void labels(Inputs inputs, Findings findings, String what, String hint) {
    inputs.forEachService((file, service) -> {
      ProxyLabels labels = ProxyLabels.of(service);
      List<Label> set = new ArrayList<>();
      labels.clientMaxBodySize().ifPresent(set::add);
      labels.proxyReadTimeout().ifPresent(set::add);
      for (Label l : set) {
        findings.report(l.keyAt(), "label " + Echo.quote(l.key()) + " of service " + Echo.quote(service.name()) + " " + what,
            hint);
      }
    });
  }

  private static final String HINT = "remove it, or use mode dns or static, where the generated nginx.conf is the one"
      + " nginx keeps";
}
