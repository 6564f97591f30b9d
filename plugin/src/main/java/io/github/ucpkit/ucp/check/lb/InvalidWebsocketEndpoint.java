package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code interlock.websocket_endpoint[.N]} value is not a URL path. Interlock writes the value
 * verbatim as an nginx {@code location}, so it must be a path such as {@code /ws}; Interlock's own
 * documentation shows {@code ws://example.com:9000}, which yields a location that never matches.
 */
public final class InvalidWebsocketEndpoint implements Rule {

  private static final Pattern URL = Pattern.compile("(?i)(wss?|https?)://[^/]*(/.*)?");

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-WS-001", Severity.ERROR, "An Interlock websocket endpoint is not a URL path")
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
      for (Label ws : Interlock.of(service).websocketEndpoints()) {
        if (!LabelValues.safe(ws) || UrlPath.parse(ws.value()).isPresent()) {
          continue;
        }
        String value = ws.value();
        String prefix = LabelValues.quote(ws.key()) + " of service \"" + service.name() + "\" is " + LabelValues.quote(value);
        Matcher url = URL.matcher(value);
        if (url.matches()) {
          String path = url.group(2) == null || url.group(2).isEmpty() ? "/" : url.group(2);
          findings.report(ws.valueAt(),
              prefix + ", a URL; Interlock writes the value as an nginx location, which must be a path"
                  + " (the ws://example.com:9000 form in Interlock's documentation is wrong)",
              "write only the path the websocket connects to, " + LabelValues.quote(path)
                  + (path.equals("/") ? " (or the real endpoint, such as /ws)" : ""));
        } else if (!value.startsWith("/")) {
          findings.report(ws.valueAt(), prefix + ", which does not start with \"/\"",
              value.isEmpty() ? "write the path the websocket connects to, such as /ws, or remove the label"
                  : "write it as a path: " + LabelValues.quote("/" + value));
        } else {
          findings.report(ws.valueAt(), prefix + ", which is not a plain URL path",
              pathHint(value));
        }
      }
    });
  }

  /** Why a value starting with "/" is not a {@link UrlPath}; shared with the context root check. */
  static String pathHint(String value) {
    if (value.contains("//")) {
      return "remove the doubled \"/\"";
    }
    if (value.contains("/../") || value.endsWith("/..")) {
      return "write the path without \"..\" segments";
    }
    if (value.length() > 256) {
      return "shorten it to at most 256 characters";
    }
    if (value.contains("?")) {
      return "leave out the query string: a location matches the path only";
    }
    return "use only letters, digits and . _ ~ - / in the path (regular expressions and special characters are not"
        + " allowed)";
  }
}
