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
import java.util.Locale;
import java.util.Optional;

/**
 * A placement preference the scheduler skips: it spreads tasks only over the values of a node label
 * ({@code spread: node.labels.<name>}) or an engine label ({@code engine.labels.<name>}); any other
 * descriptor ({@code node.hostname}, {@code node.id}, a missing one) is passed to the swarm and
 * silently ignored.
 */
public final class IgnoredPlacementPreference implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-PLACE-003", Severity.WARNING, "A placement preference spreads over something the scheduler ignores")
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
        for (YNode item : Nodes.items(Swarm.placement(service).flatMap(p -> p.get("preferences")))) {
          if (!(item instanceof YMap preference)) {
            continue; // the schema's finding
          }
          Optional<YNode> spread = preference.get("spread");
          if (spread.isEmpty()) {
            findings.report(preference.at(),
                "placement preference of " + Swarm.service(service) + " has no spread, so the scheduler ignores it",
                "write spread: node.labels.<name>, e.g. spread: node.labels.zone");
            continue;
          }
          Swarm.string(spread).filter(s -> !Swarm.deployTime(file, s) && !spreadsOverLabel(s.text())).ifPresent(s ->
              findings.report(s.at(),
                  "placement preference of " + Swarm.service(service) + " spreads over " + Echo.quote(s.text())
                      + ", which the scheduler ignores: it spreads only over node.labels.<name> or engine.labels.<name>",
                  hint(s.text())));
        }
      }
    }
  }

  private static boolean spreadsOverLabel(String descriptor) {
    String lower = descriptor.toLowerCase(Locale.ROOT);
    return lower.startsWith(PlacementConstraint.NODE_LABELS) && descriptor.length() > PlacementConstraint.NODE_LABELS.length()
        || lower.startsWith(PlacementConstraint.ENGINE_LABELS) && descriptor.length() > PlacementConstraint.ENGINE_LABELS.length();
  }

  private static String hint(String descriptor) {
    String lower = descriptor.toLowerCase(Locale.ROOT);
    if (lower.equals("node.hostname") || lower.equals("node.id") || lower.equals("node.ip")) {
      return "remove it: the scheduler already spreads a service's tasks over the nodes; to spread over zones, label the"
          + " nodes (docker node update --label-add zone=a NODE) and write spread: node.labels.zone";
    }
    return "write spread: node.labels.<name> (a label set with docker node update --label-add) or engine.labels.<name>";
  }
}
