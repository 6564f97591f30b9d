package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A replicated service asks for more tasks than the nodes it may run on can hold, where the file
 * alone decides it: a constraint pins the service to one node ({@code node.hostname ==},
 * {@code node.id ==}, or {@code node.ip ==} one address), and that node holds at most
 * {@code max_replicas_per_node} tasks, or one when the service publishes a port in host mode (two
 * tasks cannot bind the same port of one node). The extra tasks stay pending for ever.
 */
public final class ReplicasBeyondNodes implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-DEPLOY-003", Severity.ERROR, "A service asks for more replicas than its nodes can hold")
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
        OptionalLong replicas = Swarm.replicas(file, service);
        if (mode != Swarm.Mode.REPLICATED && mode != Swarm.Mode.REPLICATED_JOB || replicas.isEmpty()) {
          continue;
        }
        Optional<YScalar> pin = pin(file, service);
        OptionalLong max = Swarm.maxReplicasPerNode(file, service);
        Optional<String> hostPort = hostModePort(file, service);
        long perNode = Math.min(max.isPresent() && max.getAsLong() > 0 ? max.getAsLong() : Long.MAX_VALUE,
            hostPort.isPresent() ? 1 : Long.MAX_VALUE);
        if (pin.isEmpty() || replicas.getAsLong() <= perNode) {
          continue;
        }
        boolean byPort = hostPort.isPresent() && (max.isEmpty() || max.getAsLong() == 0 || max.getAsLong() > 1);
        String why = byPort
            ? "its host-mode published port " + hostPort.get() + " lets that node run one of them"
            : "max_replicas_per_node " + perNode + " lets that node run " + perNode;
        long pending = replicas.getAsLong() - perNode;
        findings.report(Swarm.deploy(service).flatMap(d -> d.entry("replicas")).orElseThrow().key().at(),
            Swarm.service(service) + " asks for " + replicas.getAsLong() + " replicas, but constraint "
                + Echo.quote(pin.get().text()) + " allows one node and " + why + ": " + pending + " task"
                + (pending == 1 ? " stays" : "s stay") + " pending (\"no suitable node ("
                + (byPort ? "host-mode port already in use on 1 node" : "max replicas per node limit exceed") + ")\")",
            "lower replicas to " + perNode + ", or let the service run on more nodes (a node label shared by several nodes"
                + " instead of one hostname)");
      }
    }
  }

  /** A constraint that admits at most one node. */
  private static Optional<YScalar> pin(ComposeFile file, Service service) {
    for (YNode item : Nodes.items(Swarm.placement(service).flatMap(p -> p.get("constraints")))) {
      if (!(item instanceof YScalar s) || !s.isString() || Swarm.deployTime(file, s)) {
        continue;
      }
      Optional<PlacementConstraint> c = PlacementConstraint.parse(s.text()).constraint();
      if (c.isPresent() && c.get().equal() && switch (c.get().kind()) {
        case NODE_ID, NODE_HOSTNAME -> true;
        case NODE_IP -> IpAddress.parse(c.get().value()).isPresent();
        default -> false;
      }) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** A long-syntax port published in host mode on a fixed port, as the scheduler's host-port filter sees it. */
  private static Optional<String> hostModePort(ComposeFile file, Service service) {
    for (YNode item : Nodes.items(service.definition().get("ports"))) {
      if (item instanceof YMap port
          && Swarm.string(port, "mode").filter(m -> !Swarm.deployTime(file, m))
              .map(m -> m.text().toLowerCase(Locale.ROOT).equals("host")).orElse(false)
          && port.get("published").orElse(null) instanceof YScalar p && p.type() == ScalarType.INT
          && p.integer().signum() > 0 && !Swarm.deployTime(file, p)) {
        return Optional.of(p.integer().toString());
      }
    }
    return Optional.empty();
  }
}
