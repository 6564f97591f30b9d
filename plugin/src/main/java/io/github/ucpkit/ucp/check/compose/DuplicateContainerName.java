package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two services of one file set the same {@code container_name}. {@code config} accepts it; {@code up}
 * creates the first container and the engine refuses the second ("name is already in use").
 */
public final class DuplicateContainerName implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-NAME-001", Severity.ERROR, "Two services set the same container_name")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (file.forStack()) {
        continue; // docker stack deploy ignores container_name
      }
      Map<String, List<Service>> seen = new HashMap<>();
      for (Service service : file.services()) {
        Optional<Located<String>> name = service.containerName();
        if (name.isEmpty()) {
          continue;
        }
        List<Service> same = seen.computeIfAbsent(name.get().value(), k -> new ArrayList<>());
        Service earlier = same.stream().filter(s -> !Profiles.alternatives(s, service)).findFirst().orElse(null);
        same.add(service);
        if (earlier != null) {
          findings.report(
              name.get().at(),
              "container_name \"" + name.get().value() + "\" of service \"" + service.name()
                  + "\" is already used by service \"" + earlier.name() + "\" (line "
                  + earlier.containerName().orElseThrow().at().line() + "); the engine refuses a second container with that name",
              "give each service its own container_name, or drop container_name and let docker-compose name the containers");
        }
      }
    }
  }
}
