package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.route.InterlockLabels;
import io.github.ucpkit.ucp.model.route.Problem;
import io.github.ucpkit.ucp.model.route.Routes;

/**
 * An {@code interlock.websocket_endpoint[.N]} is {@code /}. Every routed name already has a
 * {@code location /} (Interlock's config has one, and so has the generated nginx.conf), and nginx
 * refuses a second one: {@code duplicate location "/"}, so Interlock's reload fails and the
 * generated config does not load.
 */
public final class WebsocketEndpointIsRoot implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-WS-002", Severity.ERROR, "An Interlock websocket endpoint is the root path /")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (Routes.Found f : inputs.routes().issues(Problem.WEBSOCKET_ROOT, InterlockLabels.SOURCE)) {
      findings.report(
          f.issue().at(),
          "websocket endpoint of service \"" + f.routing().service().name() + "\" is \"/\", the path every routed name"
              + " already serves from its own location; nginx refuses the config (duplicate location \"/\")",
          "name the path the websocket connects to, such as /ws; a websocket endpoint is a path below the site,"
              + " never the whole site");
    }
  }
}
