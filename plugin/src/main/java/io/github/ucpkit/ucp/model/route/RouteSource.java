package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import java.util.Optional;

/**
 * One family of labels that asks for routes. Each family reads its own labels and resolves them
 * into a {@link Route} or an {@link Unresolved}; everything after that (rules, the zone, nginx,
 * the load balancer's stack) sees only routes. Interlock 1.x's {@code interlock.*} service labels
 * are one family; another (Interlock 2's {@code com.docker.lb.*} under {@code deploy.labels}) is one
 * more implementation listed in {@link Routes}.
 */
public interface RouteSource {

  /** The routing the service asks for through this family's labels; empty when it asks for none. */
  Optional<Routing> resolve(ComposeFile file, Service service);
}
