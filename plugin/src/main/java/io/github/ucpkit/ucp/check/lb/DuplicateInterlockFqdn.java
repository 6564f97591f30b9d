package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.route.InterlockLabels;
import io.github.ucpkit.ucp.model.route.RouteName;
import io.github.ucpkit.ucp.model.route.Routes;
import io.github.ucpkit.ucp.model.route.Routing;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Two services claim the same name, through {@code interlock.hostname} + {@code interlock.domain}
 * or an {@code interlock.alias_domain}, in one Compose file or across all files of the run (they are
 * served by the same load balancer). Interlock pools them into one upstream without a word
 * (interlock#73; nginx-proxy#112 shows the same surprise elsewhere), so a typo sends half the
 * traffic of one app to another. Names compare case-insensitively. A service repeating its own name
 * is not a conflict.
 */
public final class DuplicateInterlockFqdn implements Rule {

  private record Claim(Path file, String service, Location at) {}

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-HOST-002", Severity.ERROR, "Two services claim the same Interlock host name")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Map<DnsName, Claim> claims = new HashMap<>();
    for (Routing r : Routes.of(inputs.compose()).all()) {
      for (RouteName own : r.claims()) {
        DnsName name = own.name();
        Claim mine = new Claim(r.file().path(), r.service().name(), own.at());
        Claim first = claims.putIfAbsent(name, mine);
        if (first == null || (first.file().equals(mine.file()) && first.service().equals(mine.service()))) {
          continue;
        }
        boolean primary = own.labels().equals(InterlockLabels.PRIMARY_LABELS);
        findings.report(
            own.at(),
            "service \"" + r.service().name() + "\" claims \"" + name + "\" through "
                + (primary ? "\"interlock.hostname\" and \"interlock.domain\"" : LabelValues.quote(own.labels()))
                + ", which service \"" + first.service() + "\" already claims (" + where(first, mine) + ")",
            "give one of them another name; Interlock would silently pool both services behind \"" + name
                + "\". To run more copies of one app, scale that service instead of adding another");
      }
    }
  }

  private static String where(Claim first, Claim mine) {
    if (first.file().equals(mine.file())) {
      return "line " + first.at().line();
    }
    Path dir = mine.file().toAbsolutePath().getParent();
    Path shown = dir == null ? first.file() : dir.relativize(first.file().toAbsolutePath());
    return shown.toString().replace('\\', '/') + ":" + first.at().line();
  }
}
