package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/** Rules about references between the parts of one Compose file. */
public final class ComposeRules {

  private ComposeRules() {}

  public static List<Rule> all() {
    return List.of(
        new VersionUnsupported(),
        new NoImageOrBuild(),
        new UndeclaredNetwork(),
        new UnknownServiceReference(),
        new UndeclaredNamedVolume(),
        new UndeclaredSecret());
  }
}
