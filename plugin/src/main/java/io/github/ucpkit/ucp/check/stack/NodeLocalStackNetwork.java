package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A network the stack creates (declared, not external) has a node-local driver (bridge, host,
 * macvlan, ipvlan) and a service joins it. {@code docker stack deploy} asks the engine for it as it
 * is written, and the engine makes it a network of the one node it runs on (or, for host, refuses a
 * second host network); the swarm then refuses to attach the service: "The network ... cannot be
 * used with services. Only networks scoped to the swarm can be used, such as those created with the
 * overlay driver." A network no service joins is not created, so it is not reported.
 */
public final class NodeLocalStackNetwork implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-NET-005", Severity.ERROR, "A stack network has a driver the swarm cannot attach services to")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (!file.forStack()) {
        continue;
      }
      // each network once, at its driver, naming the first service that joins it
      Map<String, String> joinedBy = new LinkedHashMap<>();
      for (Service service : file.services()) {
        for (NetworkAttachment a : service.networks()) {
          joinedBy.putIfAbsent(a.network(), service.name());
        }
      }
      joinedBy.forEach((network, service) -> {
        Optional<YMap> settings = StackNetworks.settings(file, network);
        if (settings.isEmpty() || Swarm.external(settings.get())) {
          return;
        }
        Optional<YScalar> driver = StackNetworks.driver(file, settings.get())
            .filter(d -> StackNetworks.NODE_LOCAL.contains(d.text()));
        driver.ifPresent(d -> findings.report(d.at(), message(network, d.text(), service),
            d.text().equals("host")
                ? "for host networking, declare the predefined network instead: {external: true, name: host}"
                : "remove driver (a stack network is overlay by default), or write driver: overlay"));
      });
    }
  }

  private static String message(String network, String driver, String service) {
    String subject = "network " + Echo.quote(network) + " has driver " + Echo.quote(driver);
    if (driver.equals("host")) {
      return subject + ", but each node has exactly one host network, its predefined one: docker stack deploy stops"
          + " creating another (\"only one instance of \\\"host\\\" network is allowed\")";
    }
    return subject + ", which makes a network of one node; docker stack deploy creates it, then the swarm refuses to"
        + " attach service " + Echo.quote(service) + " to it (\"Only networks scoped to the swarm can be used, such as"
        + " those created with the overlay driver\")";
  }
}
