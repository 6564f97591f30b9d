package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.Interlock2Labels.Finding;
import io.github.ucpkit.ucp.model.route.Interlock2Network;
import io.github.ucpkit.ucp.model.route.Problem;
import java.util.stream.Collectors;

/**
 * The network Interlock 2 reaches a service on cannot be used: {@code com.docker.lb.network} names
 * it by its key in the file instead of the name the stack gives it ({@code <stack>_<key>}, or its
 * {@code name:}), names a network the service does not join, or one the file does not declare; or the
 * routed network is not an overlay network. Interlock attaches its proxy to the network by the name
 * the engine knows, and only overlay networks span the swarm's nodes.
 */
public final class LbNetworkUnusable implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-NET-003", Severity.ERROR,
        "The network of an Interlock 2 route is not joined by its stack name, or is not an overlay network")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Lb2.forEach(inputs, (file, service, reading) -> {
      for (Finding f : reading.findings(Problem.NETWORK_NOT_JOINED)) {
        notJoined(file, service, f.label().orElseThrow(), f, findings);
      }
      for (Finding f : reading.findings(Problem.NETWORK_NOT_OVERLAY)) {
        String key = f.why();
        String driver = Interlock2Network.notOverlay(file, service.network(key).orElseThrow()).orElseThrow();
        findings.report(f.at(),
            "service " + Echo.quote(service.name()) + " is routed by Interlock over network " + Echo.quote(key)
                + ", whose driver is " + Echo.quote(driver) + "; swarm services and the Interlock proxy need an overlay network",
            "remove driver: from network " + Echo.quote(key) + " (a stack creates overlay networks by default), or set driver: overlay");
      }
    });
  }

  private static void notJoined(ComposeFile file, Service service, Label label, Finding f, Findings findings) {
    String prefix = Lb2.valueOf(label, service);
    String joins = service.networks().stream().map(n -> Echo.quote(file.engineNetworkName(n.network())))
        .collect(Collectors.joining(", "));
    Interlock2Network.Choice choice = Interlock2Network.choose(file, service, label.value());
    if (choice instanceof Interlock2Network.Unprefixed u) {
      findings.report(f.at(),
          prefix + ", the network's key in the file; docker stack deploy names it " + Echo.quote(u.engineName())
              + ", and Interlock looks it up by that name",
          "write com.docker.lb.network: \"" + u.engineName() + "\" (the stack is deployed as \"" + file.project()
              + "\"); to keep the label independent of the stack's name, give the network a fixed name: and use it");
    } else if (choice instanceof Interlock2Network.OtherStack o) {
      findings.report(f.at(),
          prefix + ", the name network " + Echo.quote(o.attachment().network()) + " gets in a stack named "
              + Echo.quote(o.stack()) + "; this build deploys the file as stack " + Echo.quote(file.project())
              + ", where the network is " + Echo.quote(o.engineName()),
          Lb2.otherStack(o.stack(), file.project(), "network"));
    } else if (choice instanceof Interlock2Network.NotJoined n) {
      findings.report(f.at(),
          prefix + ", a network the service does not join (it joins " + (joins.isEmpty() ? "none" : joins) + ")",
          "add " + Echo.quote(n.network().name()) + " to the service's networks:, or name one of the networks it joins");
    } else {
      findings.report(f.at(),
          prefix + ", but no network of that name is declared in this file (the service joins "
              + (joins.isEmpty() ? "none" : joins) + ")",
          "name one of the networks the service joins, by the name the stack gives it");
    }
  }
}
