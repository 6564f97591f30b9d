package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock2.Key;
import io.github.ucpkit.ucp.model.route.Problem;

/**
 * A service asks for two kinds of session affinity, {@code com.docker.lb.sticky_session_cookie} and
 * {@code com.docker.lb.ip_hash: "true"}, or for either with {@code com.docker.lb.backend_mode: vip}.
 * nginx takes one balancing method per upstream (Interlock would write both {@code hash} and
 * {@code ip_hash}, and nginx refuses the config), and in vip mode the proxy sends everything to the
 * service's one virtual IP, so there is no container to stick to.
 */
public final class ConflictingAffinity implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-STICKY-001", Severity.ERROR,
        "A service combines a sticky session cookie and IP hash, or asks for either in vip mode")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Lb2.report(inputs, findings, Problem.AFFINITY_CONFLICT,
        (service, f) -> f.why().equals(Key.BACKEND_MODE.label())
            ? Lb2.sets(service, f.label().orElseThrow()) + " with com.docker.lb.backend_mode: vip; the proxy then sends every"
                + " request to the service's virtual IP, so there is no container to stick to"
            : Lb2.sets(service, f.label().orElseThrow()) + " and " + Echo.quote(Key.STICKY_SESSION_COOKIE.label())
                + "; nginx balances an upstream by one method, and Interlock would write both (hash and ip_hash)",
        (service, f) -> f.why().equals(Key.BACKEND_MODE.label())
            ? "remove backend_mode: vip (task mode is the default), or the affinity label"
            : "keep one: the cookie follows a user across addresses (mobile clients), the IP hash needs no cookie but"
                + " sees one address for everyone behind a NAT");
  }
}
