package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * An Interlock 1.x label ({@code interlock.*}) in a file deployed with {@code docker stack deploy}.
 * UCP 3 and MKE 3 route swarm services with Interlock 2, which reads {@code com.docker.lb.*} service
 * labels; Interlock 1.x reads container labels and predates swarm services. The plugin's own
 * load balancer (modes dns and static) still routes the service, so this is a warning; the hint gives
 * the Interlock 2 label to write instead (reference §5). Under {@code deploy.labels} such a label
 * reaches neither Interlock.
 */
public final class Interlock1LabelForStack implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-LABEL-005", Severity.WARNING,
        "An Interlock 1.x label in a file deployed with docker stack deploy, where Interlock 2 reads com.docker.lb.*")
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
      List<Label> all = new ArrayList<>(service.labels());
      all.addAll(service.deployLabels());
      for (Label label : all) {
        if (!label.key().startsWith(Interlock.PREFIX)) {
          continue;
        }
        boolean onService = service.deployLabels().contains(label);
        findings.report(label.keyAt(),
            "label " + Echo.quote(label.key()) + " of service " + Echo.quote(service.name()) + " is an Interlock 1.x label,"
                + (onService ? " set on the swarm service, where no Interlock reads it"
                    : " which Interlock 2 (UCP 3, MKE) does not read in a file deployed with docker stack deploy"),
            Migration.toInterlock2(file, service, label));
      }
    });
  }
}
