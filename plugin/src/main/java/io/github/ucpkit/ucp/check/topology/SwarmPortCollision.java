package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;

/**
 * The Swarm port is the controller port (443 unless {@code controllers.port} says otherwise), UCP's
 * own port on every controller, or it is 80 and forwarded, where the controllers' load balancer
 * already redirects HTTP. {@code haproxy -c} accepts two frontends on one
 * port, and Linux lets both bind it: connections are then shared between them at random.
 */
public final class SwarmPortCollision implements TopologyRule {

  private static final long HTTP = 80;

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-LB-004", Severity.ERROR, "The Swarm port collides with a port the controllers already serve");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      long port = t.controllers().swarmPort().value();
      if (port == t.controllers().port().value()) {
        findings.report(
            t.controllers().swarmPort().at(),
            "swarmPort is " + port + ", the port " + t.platform().product() + " itself serves on every controller"
                + " (and the load balancer passes through); the Swarm manager cannot listen there too",
            "write the Swarm port the controllers were installed with (--swarm-port; 2376 by default)");
      } else if (port == HTTP && t.controllers().forwardSwarmPort()) {
        findings.report(
            t.controllers().swarmPort().at(),
            "swarmPort is 80 and forwarded, but the controllers' load balancer already serves port 80 (the redirect"
                + " to https); both would bind it and share its connections at random",
            "write the Swarm port the controllers were installed with (2376 by default), or set forwardSwarmPort: false");
      }
    });
  }
}
