package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;

/**
 * A flag label ({@link Interlock#FLAGS}) has a value other than {@code true}. Interlock only asks
 * whether the label exists, so every value, {@code false} and the empty string included, switches the
 * behaviour on. {@code true} is accepted as the string {@code true} or as YAML's boolean true, which
 * docker-compose hands to the engine as {@code True}. {@code false} ({@code False}) is an error with
 * its own message, because it does the opposite of what it says.
 */
public final class NonBooleanInterlockFlag implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-BOOL-001", Severity.ERROR, "An Interlock flag label has a value other than true")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      for (Label flag : Interlock.of(service).flags()) {
        if (!LabelValues.safe(flag)) {
          continue;
        }
        String value = flag.value();
        String name = LabelValues.quote(flag.key());
        if (value.equals("true") || value.equals("True")) {
          continue;
        }
        if (value.equalsIgnoreCase("false")) {
          findings.report(flag.valueAt(),
              name + " of service \"" + service.name() + "\" is " + LabelValues.quote(value)
                  + ", but Interlock only checks that the label exists, so this turns " + what(flag) + " on",
              "remove the label to leave " + what(flag) + " off");
        } else if (value.isEmpty()) {
          findings.report(flag.valueAt(),
              name + " of service \"" + service.name() + "\" has no value; Interlock turns " + what(flag)
                  + " on because the label exists",
              "write " + flag.key() + ": \"true\" to say so, or remove the label to leave it off");
        } else {
          findings.report(flag.valueAt(),
              name + " of service \"" + service.name() + "\" is " + LabelValues.quote(value)
                  + ", not true; Interlock turns " + what(flag) + " on whatever the value",
              "write \"true\" to turn it on, or remove the label to leave it off");
        }
      }
    });
  }

  private static String what(Label flag) {
    switch (flag.key().substring(Interlock.PREFIX.length())) {
      case "ssl":
        return "TLS termination";
      case "ssl_only":
        return "the redirect to HTTPS";
      case "ssl_backend":
        return "TLS to the backend";
      case "context_root_rewrite":
        return "context-root rewriting";
      case "ip_hash":
        return "ip_hash";
      default:
        return "it";
    }
  }
}
