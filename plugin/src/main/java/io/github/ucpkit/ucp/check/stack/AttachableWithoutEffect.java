package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Optional;

/**
 * {@code attachable: true} on a network where it does nothing. It lets standalone containers
 * ({@code docker run --network}) join a swarm overlay network; on an external network the stack
 * does not create the network, so the flag is ignored (the network keeps what
 * {@code docker network create} gave it), and a network of one node (bridge, host, macvlan, ipvlan)
 * lets any container join anyway. A plugin driver may span the swarm and honour it, so it is left alone.
 */
public final class AttachableWithoutEffect implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-NET-007", Severity.WARNING, "A network sets attachable where it has no effect")
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
      for (YMap.Entry network : Nodes.map(file.document(), "networks").map(YMap::all).orElse(java.util.List.of())) {
        if (!(network.value() instanceof YMap settings)) {
          continue;
        }
        Optional<YMap.Entry> attachable = settings.entry("attachable")
            .filter(e -> e.value() instanceof YScalar s && s.type() == ScalarType.BOOL && s.bool());
        if (attachable.isEmpty()) {
          continue;
        }
        String name = Echo.quote(network.key().text());
        if (Swarm.external(settings)) {
          findings.report(attachable.get().key().at(),
              "network " + name + " is external, so docker stack deploy does not create it and ignores attachable",
              "remove attachable; create the network with docker network create --driver overlay --attachable");
          continue;
        }
        StackNetworks.driver(file, settings).filter(d -> StackNetworks.NODE_LOCAL.contains(d.text()))
            .ifPresent(d -> findings.report(attachable.get().key().at(),
                "network " + name + " has driver " + Echo.quote(d.text())
                    + ", a network of one node that any container may join: attachable has no effect",
                "remove attachable, or use driver: overlay (the default for a stack network)"));
      }
    }
  }
}
