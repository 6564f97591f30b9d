package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import java.util.List;

/** A service asked to be routed whose labels do not make a route, with every reason why. */
public record Unresolved(ComposeFile file, Service service, String source, List<RouteName> claims, List<Issue> issues)
    implements Routing {

  public Unresolved {
    claims = List.copyOf(claims);
    issues = List.copyOf(issues);
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("an unresolved route needs a reason");
    }
  }

  public boolean has(Problem problem) {
    return issues.stream().anyMatch(i -> i.problem() == problem);
  }

  public List<Issue> issues(Problem problem) {
    return issues.stream().filter(i -> i.problem() == problem).toList();
  }
}
