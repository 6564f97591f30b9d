package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.check.proxy.LimitSyntax;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Limits;

/**
 * The cluster's {@code clientMaxBodySize} or {@code proxyReadTimeout} is not in nginx's syntax or
 * lies outside the plugin's bounds. Both are written into nginx.conf's {@code http} block as the
 * default of every routed service.
 */
public final class InvalidProxyLimit implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-ELB-002", Severity.ERROR, "A cluster default of the external load balancer is not a valid nginx size or time");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      Limits limits = t.externalLoadBalancer().limits();
      limits.clientMaxBodySize().ifPresent(v -> LimitSyntax.sizeProblem(v.value()).ifPresent(why -> findings.report(
          v.at(), "clientMaxBodySize is " + Echo.quote(v.value()) + ", " + why, LimitSyntax.SIZE_HINT)));
      limits.proxyReadTimeout().ifPresent(v -> LimitSyntax.durationProblem(v.value()).ifPresent(why -> findings.report(
          v.at(), "proxyReadTimeout is " + Echo.quote(v.value()) + ", " + why, LimitSyntax.DURATION_HINT)));
    });
  }
}
