package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.value.SocketPath;

/**
 * {@code controllers.loadBalancer.adminSocket} is not an absolute path of plain segments. HAProxy
 * creates the socket there; the path is written into haproxy.cfg unquoted, so only letters, digits
 * and {@code . _ -} may appear, and HAProxy refuses a path over 97 characters.
 */
public final class InvalidAdminSocket implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-OBS-003", Severity.ERROR, "The admin socket is not an absolute path HAProxy can bind");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().flatMap(t -> t.controllers().operations().adminSocket())
        .filter(p -> SocketPath.parse(p.value()).isEmpty())
        .ifPresent(p -> findings.report(
            p.at(),
            "adminSocket " + Echo.quote(p.value()) + " is not an absolute path of letters, digits and . _ - (at most "
                + SocketPath.MAX_LENGTH + " characters, no . or .. segments)",
            "write a path such as /run/haproxy/admin.sock, in a directory that exists on the load balancer"));
  }
}
