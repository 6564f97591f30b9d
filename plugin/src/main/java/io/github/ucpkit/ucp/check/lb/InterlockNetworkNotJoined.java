package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.Resource;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.InterlockLabels;
import java.util.List;
import java.util.Optional;

/**
 * {@code interlock.network} names a network the service does not join. Interlock takes the
 * service's address on that network and connects the proxy to it; when the container is not on it,
 * Interlock logs an error and leaves the service out of the proxy config. A service without
 * {@code networks:} joins {@code default}; one with {@code network_mode} joins none. The value may be
 * the network's key in the file or its engine name ({@code <project>_<key>}, {@code name:}, or the
 * external name). When it names no declared network, the hint suggests a joined one whose name
 * (key or engine name) is close.
 */
public final class InterlockNetworkNotJoined implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-NET-001", Severity.ERROR, "interlock.network names a network the service does not join");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      for (Label label : LabelValues.all(service, "network")) {
        if (LabelValues.safe(label)) {
          check(file, service, label, findings);
        }
      }
    });
  }

  private static void check(ComposeFile file, Service service, Label label, Findings findings) {
    String wanted = label.value();
    String prefix = "\"interlock.network\" of service \"" + service.name() + "\" is " + LabelValues.quote(wanted);
    if (wanted.isEmpty()) {
      findings.report(label.valueAt(), prefix + ", which names no network",
          "name the network the load balancer reaches the service on, or remove the label");
      return;
    }
    for (NetworkAttachment joined : service.networks()) {
      if (InterlockLabels.joins(file, joined, wanted)) {
        return;
      }
    }
    List<String> joined = service.networks().stream().map(n -> "\"" + n.network() + "\"").toList();
    if (service.networkMode().isPresent()) {
      findings.report(label.valueAt(),
          prefix + ", but the service uses network_mode: " + service.networkMode().get().value() + " and joins no network",
          "remove network_mode and join the network under networks:, or remove interlock.network");
      return;
    }
    Optional<Resource> declared = file.networks().stream()
        .filter(r -> r.name().equals(wanted) || file.engineNetworkName(r).equals(wanted))
        .findFirst();
    String joins = joined.isEmpty() ? "no network" : (joined.size() == 1 ? "only " : "") + String.join(", ", joined);
    if (declared.isPresent()) {
      findings.report(label.valueAt(),
          prefix + ", a network the service does not join (it joins " + joins + ")",
          "add \"" + declared.get().name() + "\" to the service's networks:, or name one of the networks it joins;"
              + " Interlock can only reach the service on a network it is attached to");
    } else {
      findings.report(label.valueAt(),
          prefix + ", but no such network is declared in this file and the service joins " + joins,
          Suggest.among(service.networks().stream()
                  .flatMap(n -> java.util.stream.Stream.of(n.network(), file.engineNetworkName(n.network()))).toList())
              .hint(wanted, "name one of the networks the service joins (Interlock would fail to find the network"
                  + " and drop the service from the proxy config)"));
    }
  }
}
