package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import java.util.Optional;

/**
 * A service whose tasks run on several nodes (global, or more than one replica) joins an external
 * bridge network: the predefined {@code bridge}, or one the file declares with {@code driver: bridge}.
 * Every node has a bridge of its own, so tasks on different nodes cannot reach each other over it,
 * and the service gets no virtual IP there; a user-defined one must moreover have been created with
 * {@code --scope swarm}, or {@code docker stack deploy} stops ("network ... is declared as external,
 * but it is not in the right scope").
 */
public final class MultiNodeServiceOnBridge implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-NET-006", Severity.WARNING, "A service on several nodes joins a bridge network")
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
        if (!Swarm.multiNode(file, service)) {
          continue;
        }
        for (NetworkAttachment a : service.networks()) {
          Optional<YMap> settings = StackNetworks.settings(file, a.network()).filter(Swarm::external);
          if (settings.isEmpty()) {
            continue;
          }
          String engineName = StackNetworks.externalName(a.network(), settings.get());
          boolean predefined = engineName.equals("bridge");
          boolean declaredBridge = StackNetworks.driver(file, settings.get()).filter(d -> d.text().equals("bridge")).isPresent();
          if (!predefined && !declaredBridge) {
            continue;
          }
          findings.report(a.at(),
              Swarm.service(service) + " runs tasks on several nodes and joins " + Echo.quote(a.network())
                  + (predefined ? ", the predefined bridge network of each node" : ", declared as a bridge network")
                  + ": tasks on different nodes cannot reach each other over it, and the service has no virtual IP there"
                  + (predefined ? "" : "; unless it was created with --scope swarm, docker stack deploy stops (\"not in the"
                      + " right scope\")"),
              "join an overlay network (a stack network is overlay by default) when the tasks must reach each other or be"
                  + " reached by other services; a bridge network serves only traffic in and out of its own node");
        }
      }
    }
  }
}
