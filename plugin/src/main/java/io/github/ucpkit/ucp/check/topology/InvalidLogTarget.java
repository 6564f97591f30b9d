package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.value.LogTarget;

/**
 * {@code controllers.loadBalancer.log.target} is none of what HAProxy's {@code log} directive
 * takes here: {@code stdout}, {@code stderr}, an absolute unix socket path, or a syslog server's
 * {@code address:port}. A host name is refused: HAProxy resolves it once, at start-up.
 */
public final class InvalidLogTarget implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-LOG-001", Severity.ERROR, "A log target is not stdout, stderr, a socket path or address:port");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().flatMap(t -> t.controllers().operations().log())
        .filter(l -> LogTarget.parse(l.target().value()).isEmpty())
        .ifPresent(l -> findings.report(
            l.target().at(),
            "log target " + Echo.quote(l.target().value()) + " is not stdout, stderr, an absolute socket path or a syslog"
                + " server's address:port",
            "write stdout, /dev/log, or the syslog server as 10.10.0.5:514 ([2001:db8::5]:514 for IPv6)"));
  }
}
