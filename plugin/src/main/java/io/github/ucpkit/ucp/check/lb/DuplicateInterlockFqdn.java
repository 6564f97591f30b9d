package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Map<String, Claim> claims = new HashMap<>();
    for (ComposeFile file : inputs.compose()) {
      for (Service service : file.services()) {
        for (Map.Entry<String, Label> own : names(service).entrySet()) {
          String name = own.getKey();
          Label label = own.getValue();
          Claim mine = new Claim(file.path(), service.name(), label.valueAt());
          Claim first = claims.putIfAbsent(name, mine);
          if (first == null || (first.file().equals(mine.file()) && first.service().equals(mine.service()))) {
            continue;
          }
          boolean primary = !label.key().startsWith(Interlock.PREFIX + "alias_domain");
          findings.report(
              label.valueAt(),
              "service \"" + service.name() + "\" claims \"" + name + "\" through "
                  + (primary ? "\"interlock.hostname\" and \"interlock.domain\"" : LabelValues.quote(label.key()))
                  + ", which service \"" + first.service() + "\" already claims (" + where(first, mine) + ")",
              "give one of them another name; Interlock would silently pool both services behind \"" + name
                  + "\". To run more copies of one app, scale that service instead of adding another");
        }
      }
    }
  }

  /** The names one service claims, each once, with the label that claims it (the hostname for the FQDN). */
  private static Map<String, Label> names(Service service) {
    Interlock interlock = Interlock.of(service);
    Map<String, Label> out = new LinkedHashMap<>();
    Optional<String> fqdn = InterlockNames.fqdn(interlock);
    fqdn.ifPresent(n -> out.put(n, interlock.hostname().get()));
    for (Label alias : interlock.aliasDomains()) {
      InterlockNames.name(alias).ifPresent(n -> out.putIfAbsent(n.value(), alias));
    }
    return out;
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
