package io.github.ucpkit.ucp.check.proxy;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.ProxyLabels;
import java.util.List;
import java.util.Optional;

/**
 * A label in the plugin's namespace {@code io.github.ucpkit.lb.} that the plugin does not know: most
 * likely a typo ({@code client_max_body}), which would otherwise leave the limit at its default
 * without a word. The hint suggests the known label whose name is close.
 */
public final class UnknownProxyLabel implements Rule {

  private static final String SIZE = ProxyLabels.CLIENT_MAX_BODY_SIZE.substring(ProxyLabels.PREFIX.length());
  private static final String TIMEOUT = ProxyLabels.PROXY_READ_TIMEOUT.substring(ProxyLabels.PREFIX.length());

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-LIMIT-002", Severity.WARNING, "A label in the io.github.ucpkit.lb. namespace is not one the plugin knows");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      for (Label l : ProxyLabels.of(service).unknown()) {
        findings.report(
            l.keyAt(),
            "label " + Echo.quote(l.key()) + " of service " + Echo.quote(service.name()) + " is not a setting the plugin knows,"
                + " so it changes nothing",
            Suggest.hint(l.key(), nearest(l.key()),
                "the known labels are " + ProxyLabels.CLIENT_MAX_BODY_SIZE + " and " + ProxyLabels.PROXY_READ_TIMEOUT));
      }
    });
  }

  /** The known label nearest to {@code key}, compared after the shared prefix, which would dwarf a typo. */
  private static Optional<String> nearest(String key) {
    String name = key.substring(ProxyLabels.PREFIX.length());
    return Suggest.among(List.of(SIZE, TIMEOUT)).nearest(name).map(n -> ProxyLabels.PREFIX + n);
  }
}
