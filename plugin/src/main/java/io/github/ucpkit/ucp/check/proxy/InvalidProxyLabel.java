package io.github.ucpkit.ucp.check.proxy;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.ProxyLabels;
import java.util.Optional;
import java.util.function.Function;

/**
 * A service's {@code io.github.ucpkit.lb.client_max_body_size} or {@code proxy_read_timeout} label
 * holds a value nginx's directive of that name cannot take, or one outside the plugin's bounds.
 * The value is written into the service's {@code server} block, so nothing but the strict syntax
 * may pass.
 */
public final class InvalidProxyLabel implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-LIMIT-001", Severity.ERROR, "A load-balancer limit label has a value nginx cannot take")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      ProxyLabels labels = ProxyLabels.of(service);
      report(findings, service.name(), labels.clientMaxBodySize(), LimitSyntax::sizeProblem, LimitSyntax.SIZE_HINT);
      report(findings, service.name(), labels.proxyReadTimeout(), LimitSyntax::durationProblem, LimitSyntax.DURATION_HINT);
    });
  }

  private static void report(
      Findings findings, String service, Optional<Label> label, Function<String, Optional<String>> problem, String hint) {
    label.ifPresent(l -> problem.apply(l.value()).ifPresent(why -> findings.report(
        l.valueAt(),
        "label " + Echo.quote(l.key()) + " of service " + Echo.quote(service) + " is " + Echo.quote(l.value()) + ", " + why,
        hint)));
  }
}
