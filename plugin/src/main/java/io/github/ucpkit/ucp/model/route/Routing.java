package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import java.util.List;

/**
 * A service some label family asks the external load balancer to route: either a {@link Route},
 * every value of which is checked, or an {@link Unresolved} one, which says why not.
 */
public sealed interface Routing permits Route, Unresolved {

  ComposeFile file();

  Service service();

  /** The valid names it claims, each once, primary first: known even when another value is wrong. */
  List<RouteName> claims();

  /** What asks for the route, for messages: {@code Interlock labels}. */
  String source();
}
