package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.route.InterlockLabels;
import io.github.ucpkit.ucp.model.route.Routing;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;

/**
 * An Interlock 1.x route ({@code interlock.hostname}/{@code interlock.domain}) in a build whose
 * external load balancer is MKE's Interlock 2. Interlock 2 reads {@code com.docker.lb.*} labels of
 * swarm services and nothing else, so the name would be sent to the proxies (the zone points every
 * routed name at them) and find no route there. The mirror image of LB-MODE-001's interlock-mode case.
 */
public final class Interlock1InInterlock2Mode implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-MODE-002", Severity.ERROR,
        "An Interlock 1.x route where the topology's external load balancer is Interlock 2")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    if (inputs.topology().isEmpty() || inputs.topology().get().externalLoadBalancer().mode() != Mode.INTERLOCK2) {
      return;
    }
    for (Routing r : inputs.routes().all()) {
      if (!r.source().equals(InterlockLabels.SOURCE)) {
        continue;
      }
      Interlock il = Interlock.of(r.service());
      Label asks = il.hostname().orElseGet(() -> il.domain().orElseThrow());
      String names = r.claims().isEmpty() ? ""
          : " " + String.join(", ", r.claims().stream().map(c -> Echo.quote(c.name().value())).toList());
      findings.report(asks.keyAt(), "service " + Echo.quote(r.service().name()) + " asks Interlock 1.x to route it"
          + names + " (label " + Echo.quote(asks.key()) + "), but in interlock2 mode the load-balancer nodes run"
          + " MKE's Interlock 2 proxies, which read only com.docker.lb.* labels of swarm services: the name would"
          + " reach them and find no route",
          r.file().forStack()
              ? Migration.toInterlock2(r.file(), r.service(), asks) + ", and remove the interlock.* labels"
              : "deploy the service with docker stack deploy (a 3.x file, deployWith=stack) and route it with"
                  + " com.docker.lb.hosts under deploy.labels; or set externalLoadBalancer.mode to dns or static,"
                  + " where the generated nginx routes interlock.* labels");
    }
  }
}
