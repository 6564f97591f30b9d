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
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Locale;
import java.util.Set;

/**
 * A long-syntax port whose {@code protocol} or {@code mode} is not one the engine knows. The schema
 * takes any text and the docker CLI passes it on; the engine looks the upper-cased word up and, not
 * finding it, publishes the port as tcp and through the routing mesh without a word. So
 * {@code protocol: upd} publishes a tcp port and {@code mode: hostt} an ingress one.
 */
public final class UnknownPortSetting implements Rule {

  private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");
  private static final Set<String> MODES = Set.of("ingress", "host");

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-PORT-005", Severity.ERROR, "A long-syntax port has a protocol or mode the engine replaces")
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
        for (YNode item : Nodes.items(service.definition().get("ports"))) {
          if (item instanceof YMap port) {
            check(file, service, port, "protocol", PROTOCOLS, "tcp", "tcp, udp or sctp", findings);
            check(file, service, port, "mode", MODES, "ingress (the routing mesh)",
                "ingress (published on every node) or host (on the nodes running a task)", findings);
          }
        }
      }
    }
  }

  private static void check(ComposeFile file, Service service, YMap port, String key, Set<String> known, String instead,
      String choices, Findings findings) {
    Swarm.string(port, key)
        .filter(v -> !Swarm.deployTime(file, v) && !v.text().isEmpty() && !known.contains(v.text().toLowerCase(Locale.ROOT)))
        .ifPresent((YScalar v) -> findings.report(v.at(),
            "port " + key + " " + Echo.quote(v.text()) + " of " + Swarm.service(service) + " is not one the engine knows;"
                + " docker stack deploy passes it on and the port is published as " + instead + " instead",
            "write " + choices));
  }
}
