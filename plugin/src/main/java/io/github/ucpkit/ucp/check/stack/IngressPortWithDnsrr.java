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
import java.util.Optional;

/**
 * A service with {@code endpoint_mode: dnsrr} publishes a port through the routing mesh (ingress:
 * every short-syntax port, and a long-syntax one without {@code mode: host}). The mesh balances over
 * the service's virtual IP, which DNS round-robin does away with, and the swarm refuses the service:
 * "EndpointSpec: port published with ingress mode can't be used with dnsrr mode".
 */
public final class IngressPortWithDnsrr implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-PORT-004", Severity.ERROR, "A dnsrr service publishes a port through the routing mesh")
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
        boolean dnsrr = Swarm.deploy(service).flatMap(d -> Swarm.string(d, "endpoint_mode"))
            .filter(m -> !Swarm.deployTime(file, m))
            .map(m -> m.text().toLowerCase(Locale.ROOT).equals("dnsrr")).orElse(false);
        if (!dnsrr) {
          continue;
        }
        for (YNode port : Nodes.items(service.definition().get("ports"))) {
          ingress(file, port).ifPresent(what -> findings.report(port.at(),
              "port " + what + " of " + Swarm.service(service) + " is published through the routing mesh (ingress), which"
                  + " a service with endpoint_mode dnsrr cannot use; the swarm refuses the service (\"port published with"
                  + " ingress mode can't be used with dnsrr mode\")",
              "publish it on the nodes running the tasks (long syntax with mode: host), or use endpoint_mode: vip"));
        }
      }
    }
  }

  /** How to name the port when it is published in ingress mode; empty when it is not, or cannot be known. */
  private static Optional<String> ingress(ComposeFile file, YNode port) {
    if (port instanceof YScalar s) {
      return Optional.of(Echo.quote(s.value()));
    }
    if (!(port instanceof YMap m)) {
      return Optional.empty();
    }
    Optional<YScalar> mode = Swarm.string(m, "mode");
    if (mode.isPresent() && (Swarm.deployTime(file, mode.get()) || mode.get().text().toLowerCase(Locale.ROOT).equals("host"))) {
      return Optional.empty();
    }
    return Optional.of("with target " + m.get("target").filter(YScalar.class::isInstance)
        .map(t -> Echo.quote(((YScalar) t).value())).orElse("(none)"));
  }
}
