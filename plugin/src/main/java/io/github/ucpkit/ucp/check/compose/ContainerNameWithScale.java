package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;

/**
 * A service with {@code scale} above 1 sets {@code container_name}. Every replica would need that one
 * name: docker-compose only warns at {@code up}, then the engine refuses the second container.
 */
public final class ContainerNameWithScale implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-NAME-002", Severity.ERROR, "A scaled service sets container_name")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      // docker stack deploy ignores container_name and names each task itself
      if (!file.forStack() && service.replicas() > 1) {
        service.containerName().ifPresent(name -> findings.report(
            name.at(),
            "service \"" + service.name() + "\" sets container_name \"" + name.value() + "\" and scale "
                + service.replicas() + "; container names are unique, so the engine refuses the second replica",
            "remove container_name to scale the service (docker-compose then names them " + file.project() + "_"
                + service.name() + "_1, _2 ...), or set scale: 1"));
      }
    });
  }
}
