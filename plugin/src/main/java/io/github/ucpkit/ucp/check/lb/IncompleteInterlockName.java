package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;

/**
 * A service has {@code interlock.hostname} without {@code interlock.domain}, or the reverse. Interlock
 * does not refuse either: it fills the gap with a default ({@code unknown} for the host, the
 * container's domain name or {@code local} for the domain, depending on the release), so the service
 * ends up under a name nobody asked for, or is skipped.
 */
public final class IncompleteInterlockName implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-HOST-001", Severity.ERROR,
        "An Interlock-routed service has interlock.hostname without interlock.domain, or the reverse")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      Interlock interlock = Interlock.of(service);
      if (interlock.hostname().isPresent() && interlock.domain().isEmpty()) {
        Label host = interlock.hostname().get();
        findings.report(
            host.keyAt(),
            "service \"" + service.name() + "\" sets \"interlock.hostname\" but not \"interlock.domain\", so the"
                + " name it is served under is not defined",
            "add interlock.domain (for example interlock.domain: example.com); Interlock would otherwise fall back"
                + " to the container's domain name or \"local\", or skip the service");
      }
      if (interlock.domain().isPresent() && interlock.hostname().isEmpty()) {
        Label domain = interlock.domain().get();
        findings.report(
            domain.keyAt(),
            "service \"" + service.name() + "\" sets \"interlock.domain\" but not \"interlock.hostname\", so the"
                + " name it is served under is not defined",
            "add interlock.hostname (Interlock would serve \"unknown." + shown(domain) + "\"); to serve the domain"
                + " itself, set interlock.hostname to the same value as interlock.domain");
      }
    });
  }

  private static String shown(Label domain) {
    return LabelValues.safe(domain) && domain.value().length() <= 80 ? domain.value() : "<domain>";
  }
}
