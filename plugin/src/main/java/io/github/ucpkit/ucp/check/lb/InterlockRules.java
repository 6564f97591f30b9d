package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/** Rules about Interlock labels, the input of the external load balancer's configuration. */
public final class InterlockRules {

  private InterlockRules() {}

  public static List<Rule> all() {
    return List.of();
  }
}
