package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import java.util.Map;

/**
 * A service of a file meant for {@code docker stack deploy} uses one of the keys it refuses before
 * reading anything else ("Compose file contains unsupported options"): they have no meaning for a
 * swarm service, or a 3.x equivalent.
 */
public final class StackForbiddenKey implements Rule {

  private static final String LIMITS = "set the limit under deploy.resources.limits (cpus, memory) or reservations";

  /** The refused keys, with what to write instead. */
  private static final Map<String, String> INSTEAD = Map.of(
      "extends", "copy the settings into the service, or share them with a YAML anchor and an x- field",
      "volume_driver", "declare the volume under top-level volumes with its driver, and mount it by name",
      "volumes_from", "declare a named volume under top-level volumes and mount it in each service that shares it",
      "cpu_quota", LIMITS,
      "cpu_shares", LIMITS,
      "cpuset", "pin CPUs with a placement constraint and deploy.resources.limits.cpus instead",
      "mem_limit", LIMITS,
      "memswap_limit", LIMITS);

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-STACK-001", Severity.ERROR, "A service uses a key docker stack deploy refuses");
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
        for (YMap.Entry e : service.definition().all()) {
          String instead = INSTEAD.get(e.key().text());
          if (instead != null) {
            findings.report(e.key().at(),
                "service \"" + service.name() + "\" uses \"" + e.key().text()
                    + "\", which docker stack deploy refuses (\"Compose file contains unsupported options\")",
                instead);
          }
        }
      }
    }
  }
}
