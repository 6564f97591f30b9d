package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code com.docker.lb.*} label in a file deployed with docker-compose (every 2.x file, and a 3.x or
 * versionless file read for docker-compose). docker-compose creates containers, not swarm services,
 * and ignores {@code deploy.labels}; Interlock 2 reads swarm service labels only, so nothing routes the
 * service. The hint names the Interlock 1.x label that does the same with docker-compose (reference §5).
 */
public final class LbLabelForCompose implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-LABEL-006", Severity.ERROR, "A com.docker.lb.* label in a file deployed with docker-compose")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      if (file.forStack()) {
        return;
      }
      List<Label> all = new ArrayList<>(service.labels());
      all.addAll(service.deployLabels());
      String which = file.version().map(v -> v.value().isV2() ? " (a " + v.value() + " file)" : "").orElse("");
      for (Label label : all) {
        if (Interlock2.isOne(label)) {
          findings.report(label.keyAt(),
              "label " + Echo.quote(label.key()) + " of service " + Echo.quote(service.name()) + " is an Interlock 2 label"
                  + " in a file deployed with docker-compose" + which + ", which creates containers, not the swarm services"
                  + " Interlock 2 reads",
              Migration.toInterlock1(label, file.version().map(v -> v.value().isV2()).orElse(false)));
        }
      }
    });
  }
}
