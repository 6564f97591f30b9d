package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Label;

/**
 * {@code com.docker.lb.ssl_only}, {@code com.docker.lb.ssl_backend} or
 * {@code com.docker.lb.ssl_backend_tls_verify}: labels from the first Interlock 2 documentation that
 * Interlock never acted on or no longer reads (docker/docs#8181, #8902). A service that relies on one
 * serves plain HTTP, or plain HTTP to its containers, without a word.
 */
public final class RemovedLbLabel implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-LABEL-003", Severity.ERROR, "A com.docker.lb.* label Interlock 2 no longer reads")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      if (!file.forStack()) {
        return;
      }
      for (Label label : Interlock2.of(service).removed()) {
        findings.report(label.keyAt(),
            "label " + Echo.quote(label.key()) + " of service " + Echo.quote(service.name())
                + " was documented for Interlock 2 once, but Interlock does not act on it",
            hint(label.key().substring(Interlock2.PREFIX.length())));
      }
    });
  }

  private static String hint(String name) {
    return switch (name) {
      case "ssl_only" -> "to send HTTP to HTTPS, list the service's host under both schemes in com.docker.lb.redirects"
          + " (\"http://app.example.com,https://app.example.com\", a substitute Docker does not document) next to its"
          + " ssl_cert and ssl_key; else remove it";
      case "ssl_backend" -> "remove it: Interlock 2 cannot re-encrypt to the containers; to keep TLS end to end, pass it"
          + " through with com.docker.lb.ssl_passthrough: \"true\"";
      default -> "remove it: Interlock 2 has no backend TLS, so there is nothing to verify";
    };
  }
}
