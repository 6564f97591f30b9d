package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.Optional;

/**
 * A single-value Interlock option ({@link Interlock#OPTIONS}) or an
 * {@code interlock.backend_option[.N]} has a value its target cannot take. Each option has its own
 * grammar (see {@link OptionGrammar}); the raw-text {@code backend_option}, which Interlock pastes
 * into the config unchecked, is held to a short allow-list.
 */
public final class InvalidInterlockOption implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-VAL-002", Severity.ERROR, "An Interlock option label has a value its target cannot take");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      for (Label option : Interlock.of(service).options()) {
        if (!LabelValues.safe(option)) {
          continue;
        }
        String name = option.key().substring(Interlock.PREFIX.length());
        problem(name, option.value()).ifPresent(p -> report(service, option, p, findings));
      }
    });
  }

  private static void report(Service service, Label option, OptionGrammar.Problem problem, Findings findings) {
    findings.report(
        option.valueAt(),
        LabelValues.quote(option.key()) + " of service \"" + service.name() + "\" is "
            + LabelValues.quote(option.value()) + ", " + problem.message(),
        problem.hint());
  }

  static Optional<OptionGrammar.Problem> problem(String name, String value) {
    if (name.startsWith("backend_option")) {
      return OptionGrammar.backendOption(value);
    }
    switch (name) {
      case "ext.name":
        return OptionGrammar.oneOf(value, "the proxy kind Interlock configures", "nginx", "haproxy");
      case "ssl_backend_tls_verify":
        return OptionGrammar.oneOf(value, "an HAProxy verify mode", "none", "required");
      case "health_check_interval":
        return OptionGrammar.interval(value);
      case "balance_algorithm":
        return OptionGrammar.balance(value);
      case "health_check":
        return OptionGrammar.healthCheck(value);
      case "context_root":
        return contextRoot(value);
      case "ssl_cert":
      case "ssl_cert_key":
        return OptionGrammar.fileName(value);
      case "app":
        return OptionGrammar.token(value);
      default:
        return Optional.empty();
    }
  }

  private static Optional<OptionGrammar.Problem> contextRoot(String value) {
    if (value.equals("/")) {
      return OptionGrammar.problem("which is the whole site, not a context root",
          "remove the label to route the whole host, or name the sub-path, such as /app");
    }
    if (UrlPath.parse(value).isPresent()) {
      if (value.endsWith("/")) {
        return OptionGrammar.problem("which ends with \"/\"; Interlock adds the \"/\" itself when it builds the"
                + " location and the rewrite",
            "write " + LabelValues.quote(withoutTrailingSlashes(value, 0)));
      }
      return Optional.empty();
    }
    if (!value.startsWith("/")) {
      return OptionGrammar.problem("which does not start with \"/\"",
          value.isEmpty() ? "write the sub-path to route, such as /app, or remove the label"
              : "write it as a path: " + LabelValues.quote(withoutTrailingSlashes("/" + value, 1)));
    }
    return OptionGrammar.problem("which is not a plain URL path", InvalidWebsocketEndpoint.pathHint(value));
  }

  /**
   * The text without its trailing slashes, keeping the first {@code keep} characters. A loop, not
   * replaceAll("/+$"): the regex tries every slash of a long run as a start and rescans the run,
   * quadratic in a label of many slashes.
   */
  private static String withoutTrailingSlashes(String s, int keep) {
    int end = s.length();
    while (end > keep && s.charAt(end - 1) == '/') {
      end--;
    }
    return s.substring(0, end);
  }
}
