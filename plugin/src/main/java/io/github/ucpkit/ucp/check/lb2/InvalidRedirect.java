package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.Interlock2Labels.Finding;
import io.github.ucpkit.ucp.model.route.Problem;

/**
 * {@code com.docker.lb.redirects} is not a {@code ;}-separated list of {@code <from>,<to>} URL pairs,
 * or its redirects cannot work: the source host is not one of the service's {@code hosts} (Interlock
 * writes the redirect into the server of that host), a host is redirected twice or to itself, every
 * host is redirected, or the service passes TLS through ({@code ssl_passthrough}), where the proxy
 * never sees a request to redirect (docker/docs#9161, #9167, #10048).
 */
public final class InvalidRedirect implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-REDIR-001", Severity.ERROR, "com.docker.lb.redirects is malformed or cannot take effect")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Lb2.report(inputs, findings, Problem.REDIRECT_INVALID,
        (service, f) -> Lb2.valueOf(f.label().orElseThrow(), service) + ", " + f.why(),
        InvalidRedirect::hint);
  }

  private static String hint(Service service, Finding f) {
    String why = f.why();
    if (why.contains("ssl_passthrough")) {
      return "remove the redirects, or terminate TLS in the proxy (com.docker.lb.ssl_cert and ssl_key) instead of passing it through";
    }
    if (why.contains("every host")) {
      return "keep at least one name of com.docker.lb.hosts that is not redirected: the service is reached under it";
    }
    if (why.contains("not in com.docker.lb.hosts")) {
      return "add the source host to com.docker.lb.hosts, so that it is routed to the service and can be redirected";
    }
    if (why.contains("twice") || why.contains("itself")) {
      return "give each source host one target on another host";
    }
    return "write pairs such as http://old.example.com,http://new.example.com, separated by \";\"";
  }
}
