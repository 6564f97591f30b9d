package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Interlock2.Key;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.route.Interlock2Values;

/**
 * A service sets {@code com.docker.lb.*} labels but not {@code com.docker.lb.hosts}, and is not the
 * default backend. Interlock 2 routes a service under the names {@code hosts} lists; without them the
 * port, network and every other label do nothing, and the app is not reachable through the proxy.
 */
public final class LbWithoutHosts implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-HOST-004", Severity.ERROR, "A service has com.docker.lb.* labels but no com.docker.lb.hosts")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      Interlock2 lb = Interlock2.of(service);
      // hosts under labels: is LB-LABEL-004's to report
      boolean misplaced = service.labels().stream().anyMatch(l -> l.key().equals(Key.HOSTS.label()));
      if (!file.forStack() || lb.known().isEmpty() || lb.routed() || defaultBackend(lb) || misplaced) {
        return;
      }
      Label first = lb.known().values().stream().min((a, b) -> a.keyAt().compareTo(b.keyAt())).orElseThrow();
      findings.report(first.keyAt(),
          "service " + Echo.quote(service.name()) + " sets " + Echo.quote(first.key()) + " but no \"com.docker.lb.hosts\","
              + " so Interlock routes no name to it and its other com.docker.lb.* labels do nothing",
          "add com.docker.lb.hosts with the names the service answers to (a.example.com,b.example.com), or"
              + " com.docker.lb.default_backend: \"true\" to answer every host no service names");
    });
  }

  private static boolean defaultBackend(Interlock2 lb) {
    return lb.get(Key.DEFAULT_BACKEND).map(l -> Interlock2Values.bool(l.value()).get().orElse(false)).orElse(false);
  }
}
