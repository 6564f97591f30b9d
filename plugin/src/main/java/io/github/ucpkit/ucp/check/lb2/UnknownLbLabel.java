package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Label;
import java.util.Optional;

/**
 * A {@code com.docker.lb.*} label under {@code deploy.labels} that Interlock 2 does not have, usually a
 * typo ({@code com.docker.lb.host}, {@code com.docker.lb.websocket_endpoint}). Docker accepts any label
 * and Interlock says nothing about names it does not read (the documented {@code ssl_only} did nothing
 * for years, docker/docs#8181), so the setting silently does not happen. {@code com.docker.*} is
 * Docker's own namespace: no other tool owns these names, so an unknown one is always a mistake.
 */
public final class UnknownLbLabel implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-LABEL-002", Severity.ERROR, "A com.docker.lb.* label is not one Interlock 2 reads")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      if (!file.forStack()) {
        return;
      }
      for (Label label : Interlock2.of(service).unknown()) {
        String name = label.key().substring(Interlock2.PREFIX.length());
        Optional<String> meant = LabelNames.meant(name);
        findings.report(label.keyAt(),
            "label " + Echo.quote(label.key()) + " of service " + Echo.quote(service.name())
                + " is not an Interlock 2 label, so Interlock ignores it",
            meant.map(m -> "did you mean " + Echo.quote(Interlock2.PREFIX + m) + "?"
                    + (m.equalsIgnoreCase(name) ? " Label names are case-sensitive." : ""))
                .orElse("remove it, or correct it to one of the labels listed in docs/rules/LB-LABEL-002.md"));
      }
    });
  }
}
