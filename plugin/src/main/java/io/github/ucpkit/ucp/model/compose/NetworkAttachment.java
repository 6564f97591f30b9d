package io.github.ucpkit.ucp.model.compose;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.Located;
import java.util.List;

/**
 * A service joining a network, with the aliases it is known by there. {@code implicit} marks the
 * {@code default} network a service joins when it lists none.
 */
public record NetworkAttachment(String network, List<Located<String>> aliases, boolean implicit, Location at) {

  public NetworkAttachment {
    aliases = List.copyOf(aliases);
  }
}
