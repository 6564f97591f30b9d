package io.github.ucpkit.ucp.check.proxy;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/** Rules about the plugin's own per-service load-balancer labels ({@code io.github.ucpkit.lb.*}). */
public final class ProxyRules {

  private ProxyRules() {}

  public static List<Rule> all() {
    return List.of(new InvalidProxyLabel(), new UnknownProxyLabel());
  }
}
