package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.route.Interlock2Labels;
import io.github.ucpkit.ucp.model.route.InterlockLabels;
import io.github.ucpkit.ucp.model.route.RouteName;
import io.github.ucpkit.ucp.model.route.Routing;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Two services claim the same name, through {@code interlock.hostname} + {@code interlock.domain},
 * an {@code interlock.alias_domain} or an entry of Interlock 2's {@code com.docker.lb.hosts}, in one
 * Compose file or across all files of the run, whatever label family each uses (they are served by
 * the same load balancer). Interlock pools them into one upstream without a word
 * (interlock#73; nginx-proxy#112 shows the same surprise elsewhere), so a typo sends half the
 * traffic of one app to another. Names compare case-insensitively. A service repeating its own name
 * is not a conflict, unless it claims it through both label families (two server blocks).
 */
public final class DuplicateInterlockFqdn implements Rule {

  private record Claim(Path file, String service, String source, Location at, boolean contextRoot) {}

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-HOST-002", Severity.ERROR, "Two services claim the same Interlock host name")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Map<DnsName, Claim> claims = new HashMap<>();
    for (Routing r : inputs.routes().all()) {
      for (RouteName own : r.claims()) {
        DnsName name = own.name();
        Claim mine = new Claim(r.file().path(), r.service().name(), r.source(), own.at(), contextRoot(r));
        Claim first = claims.putIfAbsent(name, mine);
        // one service may repeat a name of its own; routed by both label families, it would get two servers
        if (first == null || (first.file().equals(mine.file()) && first.service().equals(mine.service())
            && first.source().equals(mine.source()))) {
          continue;
        }
        boolean primary = own.labels().equals(InterlockLabels.PRIMARY_LABELS);
        findings.report(
            own.at(),
            "service \"" + r.service().name() + "\" claims \"" + name + "\" through "
                + (primary ? "\"interlock.hostname\" and \"interlock.domain\"" : LabelValues.quote(own.labels()))
                + ", which service \"" + first.service() + "\" already claims (" + where(first, mine) + ")",
            hint(first, mine, name));
      }
    }
  }

  private static String hint(Claim first, Claim mine, DnsName name) {
    if (first.service().equals(mine.service()) && first.file().equals(mine.file())) {
      return "route the service with one label family: its Interlock 1.x labels and its com.docker.lb.* labels both"
          + " claim \"" + name + "\"";
    }
    if (first.contextRoot() || mine.contextRoot()) {
      return "give each service a host of its own: Interlock serves one context root per host, so two services cannot"
          + " share \"" + name + "\" under different paths";
    }
    return "give one of them another name; Interlock would silently pool both services behind \"" + name
        + "\". To run more copies of one app, scale that service instead of adding another";
  }

  /** Whether the route serves one path prefix of its names (Interlock 2's context root). */
  private static boolean contextRoot(Routing r) {
    return Interlock2.of(r.service()).get(Interlock2.Key.CONTEXT_ROOT).isPresent() && r.source().equals(Interlock2Labels.SOURCE);
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
