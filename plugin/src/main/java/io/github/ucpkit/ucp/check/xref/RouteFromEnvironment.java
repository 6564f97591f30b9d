package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The load balancer's and the zone's artifacts are generated at build time and cannot resolve a
 * variable later, so what they take from a routed service (its Interlock labels, ports, networks)
 * must come from the committed files. A value that uses a variable from the process environment (or
 * one with a secret's name) would make {@code nginx.conf} and the zone differ between the laptop
 * and CI. The app artifact is fine: it keeps such values as {@code ${...}} for deploy time.
 */
public final class RouteFromEnvironment implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-ENV-001", Severity.ERROR,
        "A routed service's label, port or network uses a variable the committed files do not set");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    if (inputs.topology().isEmpty()) {
      return;
    }
    for (ComposeFile file : inputs.compose()) {
      if (file.deployTime().asWritten().isEmpty()) {
        continue;
      }
      for (Service service : file.services()) {
        if (!Interlock.of(service).routed()) {
          continue;
        }
        for (Location at : used(file, service)) {
          String asWritten = file.deployTime().asWritten(at).orElse(null);
          if (asWritten != null) {
            findings.report(at,
                "\"" + asWritten + "\" of routed service \"" + service.name()
                    + "\" uses a variable that is not set in the committed .env; the load balancer and zone artifacts would depend on "
                    + "the environment of the machine that generates them",
                "set the variable in the .env beside the Compose file (not a secret-looking name), or write the value");
          }
        }
      }
    }
  }

  /** Where the values the cluster artifacts take from the service are written. */
  private static List<Location> used(ComposeFile file, Service service) {
    List<Location> out = new ArrayList<>();
    service.labels().stream().filter(l -> l.key().startsWith(Interlock.PREFIX)).map(Label::valueAt).forEach(out::add);
    service.ports().stream().map(PortSpec::at).forEach(out::add);
    service.expose().stream().map(PortSpec::at).forEach(out::add);
    for (NetworkAttachment n : service.networks()) {
      file.network(n.network()).flatMap(r -> r.definition()).ifPresent(d -> {
        at(Optional.of(d), "name").ifPresent(out::add);
        at(d.get("external").filter(YMap.class::isInstance).map(YMap.class::cast), "name").ifPresent(out::add);
      });
    }
    return out;
  }

  private static Optional<Location> at(Optional<YMap> map, String key) {
    return map.flatMap(m -> m.get(key)).map(YNode::at);
  }
}
