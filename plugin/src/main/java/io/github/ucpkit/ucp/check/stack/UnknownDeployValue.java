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
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A swarm setting has a value neither the docker CLI's converter nor the engine knows. The schema
 * types them as free text; {@code docker stack config} passes them, and {@code docker stack deploy}
 * stops when it reaches the service: the CLI on {@code deploy.mode} and {@code restart}, the engine
 * on {@code endpoint_mode}, {@code restart_policy.condition} and {@code failure_action}. By then the
 * stack's networks, secrets and configs exist, and the services before it in the file may too.
 */
public final class UnknownDeployValue implements Rule {

  private static final Set<String> CONDITIONS = Set.of("", "none", "on-failure", "any");
  private static final Set<String> FAILURE_ACTIONS = Set.of("", "pause", "continue", "rollback");

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-DEPLOY-001", Severity.ERROR, "A swarm setting has a value docker stack deploy refuses")
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
        Optional<YMap> deploy = Swarm.deploy(service);
        restart(file, service, deploy, findings);
        if (deploy.isEmpty()) {
          continue;
        }
        literal(file, deploy.get(), "mode").filter(m -> Swarm.Mode.of(m.text()) == Swarm.Mode.UNKNOWN)
            .ifPresent(m -> findings.report(m.at(),
                Swarm.service(service) + " has deploy.mode " + Echo.quote(m.text())
                    + ", which the docker CLI refuses when it deploys (\"Unknown mode\")",
                "write replicated (the default) or global; replicated-job and global-job run tasks to completion"
                    + (Swarm.Mode.of(m.text().toLowerCase(Locale.ROOT)) != Swarm.Mode.UNKNOWN ? " (modes are lower case)" : "")));
        literal(file, deploy.get(), "endpoint_mode")
            .filter(m -> !Set.of("", "vip", "dnsrr").contains(m.text().toLowerCase(Locale.ROOT)))
            .ifPresent(m -> findings.report(m.at(),
                Swarm.service(service) + " has deploy.endpoint_mode " + Echo.quote(m.text())
                    + ", which the swarm refuses (\"invalid resolution mode\")",
                "write vip (one virtual IP for the service, the default) or dnsrr (DNS round-robin over the tasks)"));
        Nodes.map(deploy.get(), "restart_policy").flatMap(p -> literal(file, p, "condition"))
            .filter(c -> !CONDITIONS.contains(c.text()))
            .ifPresent(c -> findings.report(c.at(),
                Swarm.service(service) + " has deploy.restart_policy.condition " + Echo.quote(c.text())
                    + ", which the swarm refuses (\"invalid RestartCondition\")",
                "write none, on-failure or any" + (c.text().equals("always") || c.text().equals("unless-stopped")
                    ? " (any is what restart: " + c.text() + " means)" : c.text().equals("no") ? " (none is restart: no)" : "")));
        for (String config : new String[] {"update_config", "rollback_config"}) {
          Nodes.map(deploy.get(), config).flatMap(u -> literal(file, u, "failure_action"))
              .filter(a -> !FAILURE_ACTIONS.contains(a.text()))
              .ifPresent(a -> findings.report(a.at(),
                  Swarm.service(service) + " has deploy." + config + ".failure_action " + Echo.quote(a.text())
                      + ", which the swarm refuses (\"unrecognized update failure action\")",
                  "write pause (the default), continue or rollback"));
        }
      }
    }
  }

  /** {@code restart} matters only without {@code deploy.restart_policy}; then the CLI parses it. */
  private static void restart(ComposeFile file, Service service, Optional<YMap> deploy, Findings findings) {
    if (deploy.map(d -> d.has("restart_policy")).orElse(false)) {
      return;
    }
    literal(file, service.definition(), "restart").ifPresent(r -> {
      if (RestartReading.parse(r.text()) instanceof RestartReading.Refused refused) {
        findings.report(r.at(),
            Swarm.service(service) + " has restart " + Echo.quote(r.text()) + ", which the docker CLI refuses when it"
                + " deploys (\"" + refused.cliError() + "\")",
            "write deploy.restart_policy: {condition: none | on-failure | any, max_attempts: N}, or restart: no, always,"
                + " on-failure[:N] or unless-stopped");
      }
    });
  }

  /** A string value written in the file, not one that comes from a variable. */
  private static Optional<YScalar> literal(ComposeFile file, YMap map, String key) {
    return Swarm.string(map, key).filter(s -> !Swarm.deployTime(file, s));
  }
}
