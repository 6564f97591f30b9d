package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;

/**
 * In a file deployed with {@code docker stack deploy}, a {@code com.docker.lb.*} label under the
 * service's {@code labels:}. That key sets the labels of the service's containers; Interlock 2 reads
 * the labels of the swarm service, which the file sets under {@code deploy.labels}. A classic mistake
 * with every label-driven proxy (reference §6, problem 6): the service runs and is never routed.
 */
public final class LbLabelOnContainers implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-LABEL-004", Severity.ERROR, "A com.docker.lb.* label sets a container label, not a service label")
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
      for (Label label : service.labels()) {
        if (Interlock2.isOne(label) && !alsoOnService(service, label)) {
          findings.report(label.keyAt(),
              "label " + Echo.quote(label.key()) + " of service " + Echo.quote(service.name()) + " is under labels:, which"
                  + " docker stack deploy gives the containers; Interlock 2 reads the service's labels only",
              "move it under deploy.labels: (services: " + service.name() + ": deploy: labels:)");
        }
      }
    });
  }

  /** A copy that deploy.labels also sets, with the same value, does no harm. */
  private static boolean alsoOnService(Service service, Label label) {
    return service.deployLabels().stream().anyMatch(d -> d.key().equals(label.key()) && d.value().equals(label.value()));
  }
}
