package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.yaml.YMap;
import java.util.HashSet;
import java.util.Set;

/**
 * A top-level secret or config of a file for {@code docker stack deploy} that no service uses. The
 * stack deployer creates every declared one anyway (and reads its file), so it costs a swarm object
 * and, for a secret, a copy of sensitive data in the managers' store; most often a grant was
 * forgotten or misspelt. An external one is only looked up by the services that use it.
 */
public final class UnusedSecretOrConfig implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-SECRET-005", Severity.WARNING, "A secret or config is declared but no service uses it")
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
      Set<String> used = new HashSet<>();
      boolean unknown = false;
      for (Grants.Grant grant : Grants.all(file)) {
        used.add(grant.kind().word + ":" + grant.source());
        unknown |= Swarm.deployTime(file, grant.at());
      }
      if (unknown) {
        continue; // a grant named by a variable may use any of them
      }
      for (Grants.Kind kind : Grants.Kind.values()) {
        for (YMap.Entry declared : Grants.declared(file, kind)) {
          String name = declared.key().text();
          if (used.contains(kind.word + ":" + name)) {
            continue;
          }
          boolean external = declared.value() instanceof YMap settings && Swarm.external(settings);
          findings.report(declared.key().at(),
              kind.word + " " + Echo.quote(name) + " is declared but no service uses it; "
                  + (external ? "docker stack deploy does nothing with it"
                      : "docker stack deploy still creates it" + (kind == Grants.Kind.SECRET ? " (a copy of its content"
                          + " in the swarm's store)" : "")),
              "grant it to the service that needs it (" + kind.section + ": [" + Echo.quote(name) + "]), or remove it");
        }
      }
    }
  }
}
