package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Resource;
import io.github.ucpkit.ucp.model.route.Route;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * In dns mode the load balancer's nginx runs from lb-stack.yml, a Compose file deployed with
 * docker-compose on the load-balancer node, and joins each network it routes over to ask Docker's DNS
 * for the service. A network {@code docker stack deploy} creates is an overlay network that a
 * container outside the swarm's services may join only when it is {@code attachable: true}; without
 * it {@code docker-compose up} of the load balancer fails ("network ... not manually attachable").
 * External networks are created elsewhere and not checked.
 */
public final class RoutedNetworkNotAttachable implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-NET-004", Severity.ERROR,
        "In dns mode, a stack network the load balancer joins is not attachable")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    if (inputs.topology().map(t -> t.externalLoadBalancer().mode() != Mode.DNS).orElse(true)) {
      return;
    }
    Set<String> reported = new HashSet<>();
    for (Route r : inputs.routes().resolved()) {
      ComposeFile file = r.file();
      if (!file.forStack()) {
        continue;
      }
      for (DockerName engine : r.networks()) {
        Optional<Resource> declared = file.networks().stream()
            .filter(n -> file.engineNetworkName(n).equals(engine.value())).findFirst();
        if (declared.map(n -> n.external() || attachable(n)).orElse(false)
            || !reported.add(file.path() + "\0" + engine.value())) {
          continue;
        }
        String key = declared.map(Resource::name).orElse("default");
        findings.report(declared.map(Resource::at).orElse(r.service().at()),
            "network " + Echo.quote(key) + " of stack \"" + file.project() + "\" routes service " + Echo.quote(r.service().name())
                + " in dns mode, where the load balancer's nginx (lb-stack.yml, run by docker-compose) joins it as "
                + Echo.quote(engine.value()) + "; an overlay network admits such a container only when it is attachable",
            declared.isPresent() ? "add attachable: true to network " + Echo.quote(key)
                : "declare the network under top-level networks: with attachable: true (networks: default: attachable: true)");
      }
    }
  }

  private static boolean attachable(Resource n) {
    return n.definition().flatMap(d -> d.get("attachable"))
        .filter(v -> v instanceof YScalar s && s.type() == ScalarType.BOOL && s.bool())
        .isPresent();
  }
}
