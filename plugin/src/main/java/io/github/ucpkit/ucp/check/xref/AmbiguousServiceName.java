package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.Interlock2Labels;
import io.github.ucpkit.ucp.model.route.Route;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In dns mode nginx asks Docker's DNS for a routed service by its name on every network the load
 * balancer joins. Another service answering to that name on one of those networks (same name in
 * another project, or a network alias) would receive part of the traffic.
 */
public final class AmbiguousServiceName implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("XREF-ELB-002", Severity.ERROR,
        "In dns mode, another service answers to a routed service's name");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    if (inputs.topology().map(t -> t.externalLoadBalancer().mode() != Mode.DNS).orElse(true)) {
      return;
    }
    Set<String> lbNetworks = new HashSet<>();
    List<Route> routed = new ArrayList<>();
    for (Route r : inputs.routes().resolved()) {
      routed.add(r);
      r.networks().forEach(n -> lbNetworks.add(n.value()));
    }
    // who answers to which name on which network, built once: routed × services would be quadratic
    Map<String, List<Answer>> answers = new HashMap<>();
    inputs.forEachService((file, service) -> {
      for (NetworkAttachment n : service.networks()) {
        Set<String> names = new LinkedHashSet<>();
        names.add(service.name());
        n.aliases().forEach(a -> names.add(a.value()));
        names.forEach(name -> answers.computeIfAbsent(name, k -> new ArrayList<>()).add(new Answer(file, service, n)));
      }
    });
    for (Route route : routed) {
      Service r = route.service();
      String name = r.name();
      Set<Service> reported = new HashSet<>();
      for (Answer a : answers.getOrDefault(name, List.of())) {
        if (a.service() == r || reported.contains(a.service()) || !lbNetworks.contains(engineName(a.file(), a.network()))) {
          continue;
        }
        reported.add(a.service());
        findings.report(
            r.at(),
            "routed service \"" + name + "\" is resolved by name, but service \"" + a.service().name() + "\" of "
                + a.file().path().getFileName() + " also answers to \"" + name + "\" on network \""
                + engineName(a.file(), a.network()) + "\", which the load balancer joins",
            "rename one of them, or set " + (route.source().equals(Interlock2Labels.SOURCE) ? "com.docker.lb.network"
                : "interlock.network") + " so the load balancer joins only the routed service's network");
      }
    }
  }

  private record Answer(ComposeFile file, Service service, NetworkAttachment network) {}

  private static String engineName(ComposeFile file, NetworkAttachment n) {
    return file.engineNetworkName(n.network());
  }
}
