package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.value.DockerName;

/**
 * A routed service's name, or the engine name of a network it joins, is not a name Docker accepts.
 * Both reach generated files: nginx resolves the service name, and the load balancer's stack joins
 * the networks by name. For services routed by Interlock 1.x labels, or by Interlock 2's in a file
 * deployed with {@code docker stack deploy}.
 */
public final class InvalidDockerName implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-NET-002", Severity.ERROR, "A routed service or its network has a name Docker cannot use")
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
      if (!Interlock.of(service).routed() && !(file.forStack() && Interlock2.of(service).routed())) {
        return;
      }
      if (DockerName.parse(service.name()).isEmpty()) {
        findings.report(
            service.at(),
            "routed service \"" + service.name() + "\" must start with a letter or digit, so the load balancer can resolve it",
            "rename the service");
      }
      for (NetworkAttachment n : service.networks()) {
        String engine = file.engineNetworkName(n.network());
        if (DockerName.parse(engine).isEmpty()) {
          findings.report(
              n.at(),
              "network \"" + n.network() + "\" of routed service \"" + service.name() + "\" is named \"" + engine
                  + "\" on the engine, which Docker does not accept (letters, digits, \"_\", \".\", \"-\", starting with a letter or digit)",
              "rename the network, or give it a valid name: setting");
        }
      }
    });
  }
}
