package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock2.Key;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.route.Interlock2Labels.Finding;
import io.github.ucpkit.ucp.model.route.Problem;

/**
 * A {@code com.docker.lb.*} value does not have its label's syntax: {@code hosts} not a comma list of
 * DNS names, {@code port} not a port number, a boolean neither {@code true} nor {@code false},
 * {@code backend_mode} neither {@code task} nor {@code vip}, {@code websocket_endpoints} not a comma
 * list of paths, a cookie name nginx cannot read, a service cluster name. Interlock 2 does not refuse
 * any of these: it renders them into the proxy's nginx.conf (which then fails to load, keeping the
 * old config) or silently ignores them. The network, TLS, context root and redirect labels have rules
 * of their own.
 */
public final class InvalidLbValue implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-VAL-003", Severity.ERROR, "A com.docker.lb.* label value does not have the label's syntax")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Lb2.forEach(inputs, (file, service, reading) -> {
      for (Finding f : reading.findings()) {
        if ((f.problem() == Problem.VALUE_INVALID || f.problem() == Problem.NAME_INVALID) && f.label().isPresent()) {
          Label l = f.label().get();
          findings.report(f.at(), Lb2.valueOf(l, service) + ", " + f.why(), hint(l));
        }
      }
    });
  }

  private static String hint(Label label) {
    Key key = Key.of(label.key().substring("com.docker.lb.".length())).orElseThrow();
    return switch (key) {
      case HOSTS -> "list the full names the service answers to, separated by commas: a.example.com,b.example.com";
      case PORT -> "write the port the application listens on inside its containers, such as 8080; it need not be published";
      case WEBSOCKET_ENDPOINTS -> "list the paths whose connections are upgraded, separated by commas: /ws,/chat";
      case SERVICE_CLUSTER -> "write the ServiceCluster name of the Interlock extension that serves the service";
      case STICKY_SESSION_COOKIE -> "name the cookie the application sets, such as JSESSIONID or session_id";
      case BACKEND_MODE -> "write task (the default: the proxy sends to each container) or vip (to the service's virtual IP)";
      default -> "write true or false";
    };
  }
}
