package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock2.Key;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.Interlock2Labels.Finding;
import io.github.ucpkit.ucp.model.route.Problem;

/**
 * {@code com.docker.lb.context_root} is not one URL path ({@code /app}): it lists several (Interlock
 * serves one context root per host, docker/docs#7045), it is {@code /}, or it holds characters a path
 * cannot; or {@code com.docker.lb.context_root_rewrite} is {@code true} without a context root to take
 * off the path; or a websocket endpoint repeats the context root's own location ({@code /app/}).
 */
public final class InvalidContextRoot implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-CTX-001", Severity.ERROR,
        "com.docker.lb.context_root is not one path, or context_root_rewrite has no context root")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Lb2.report(inputs, findings, Problem.CONTEXT_ROOT_INVALID, InvalidContextRoot::message, InvalidContextRoot::hint);
  }

  private static String message(Service service, Finding f) {
    Label l = f.label().orElseThrow();
    return rewrite(l) ? Lb2.sets(service, l) + " " + f.why() : Lb2.valueOf(l, service) + ", " + f.why();
  }

  private static String hint(Service service, Finding f) {
    Label l = f.label().orElseThrow();
    if (l.key().equals(Key.WEBSOCKET_ENDPOINTS.label())) {
      return "remove it from com.docker.lb.websocket_endpoints, or name a path below the context root";
    }
    return rewrite(l)
        ? "add com.docker.lb.context_root with the path prefix to serve (such as /app), or remove the rewrite"
        : "write one path prefix such as /app; the service then receives only requests below it";
  }

  private static boolean rewrite(Label l) {
    return l.key().equals(Key.CONTEXT_ROOT_REWRITE.label());
  }
}
