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
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;

/**
 * A placement constraint the swarm cannot parse: no {@code ==} or {@code !=}, or a key or value
 * outside the scheduler's patterns ({@link PlacementConstraint}). {@code docker stack config}
 * passes constraints as text; the engine refuses to create the service.
 */
public final class InvalidPlacementConstraint implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-PLACE-001", Severity.ERROR, "A placement constraint is not <key> == <value> or <key> != <value>")
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
        for (YNode item : Nodes.items(Swarm.placement(service).flatMap(p -> p.get("constraints")))) {
          if (!(item instanceof YScalar s) || !s.isString() || Swarm.deployTime(file, s)) {
            continue;
          }
          PlacementConstraint.Parsed parsed = PlacementConstraint.parse(s.text());
          if (parsed.constraint().isEmpty()) {
            findings.report(s.at(),
                "placement constraint " + Echo.quote(s.text()) + " of " + Swarm.service(service)
                    + " cannot be parsed; the swarm refuses to create the service: " + Echo.quote(parsed.refusal()),
                hint(s.text()));
          }
        }
      }
    }
  }

  private static String hint(String text) {
    String form = "write <key> == <value> or <key> != <value>, e.g. node.role == worker or node.labels.zone != eu-1";
    if (!text.contains("==") && !text.contains("!=") && text.contains("=")) {
      return form + " (a single = is not an operator)";
    }
    if (text.contains("\"") || text.contains("'")) {
      return form + "; leave the value unquoted (letters, digits, spaces and - _ . : / * ( ) ? + [ ] \\ ^ $ |)";
    }
    return form + "; a key is letters, digits, - _ . and starts with a letter or _";
  }
}
