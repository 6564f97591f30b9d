package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;

/**
 * A global service (one task on every node it may run on) also sets {@code deploy.replicas}. The
 * schema accepts it and so does {@code docker stack config}; the CLI's converter refuses it when it
 * deploys: "replicas can only be used with replicated or replicated-job mode". Any value counts,
 * {@code 0} and {@code 1} included.
 */
public final class ReplicasWithGlobalMode implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-DEPLOY-002", Severity.ERROR, "A global service sets deploy.replicas")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (!file.forStack()) {
        continue;
      }
      for (Service service : file.services()) {
        Swarm.Mode mode = Swarm.mode(file, service);
        YMap deploy = Swarm.deploy(service).orElse(null);
        if (!mode.global() || deploy == null) {
          continue;
        }
        deploy.entry("replicas").ifPresent(e -> findings.report(e.key().at(),
                Swarm.service(service) + " sets deploy.replicas in mode " + (mode == Swarm.Mode.GLOBAL ? "global" : "global-job")
                    + ", which runs one task on every node it may run on; docker stack deploy refuses it (\"replicas can"
                    + " only be used with replicated or replicated-job mode\")",
                "remove replicas, or use mode: replicated to run a fixed number of tasks"));
      }
    }
  }
}
