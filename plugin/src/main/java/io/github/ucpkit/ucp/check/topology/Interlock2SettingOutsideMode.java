package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import java.util.Locale;

/**
 * An interlock2 setting ({@code address}, {@code publishedPort}, {@code publishedSSLPort},
 * {@code publishMode}, {@code proxyReplicas}) in another mode, where nothing reads it: the zone
 * still points at the load-balancer nodes and no interlock.toml is written. Most likely the mode
 * was meant to be interlock2, or was changed and the setting left behind.
 */
public final class Interlock2SettingOutsideMode implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-IL2-007", Severity.WARNING, "An interlock2 setting in another mode");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().filter(t -> t.externalLoadBalancer().mode() != Mode.INTERLOCK2).ifPresent(t -> {
      String mode = t.externalLoadBalancer().mode().name().toLowerCase(Locale.ROOT);
      for (Located<String> key : t.externalLoadBalancer().proxies().written()) {
        findings.report(key.at(), "externalLoadBalancer." + key.value() + " is read in interlock2 mode only, and the mode is "
            + mode + "; it has no effect", "remove it, or set externalLoadBalancer.mode: interlock2 (MKE 3)");
      }
    });
  }
}
