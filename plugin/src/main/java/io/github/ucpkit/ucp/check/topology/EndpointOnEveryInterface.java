package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Topology.Listener;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.Optional;

/**
 * HAProxy's stats page or nginx's status page is bound to 0.0.0.0 or {@code ::}, every interface of
 * the load balancer, public ones included. The stats page shows every controller's address and
 * state; neither page asks for a password.
 */
public final class EndpointOnEveryInterface implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-OBS-001", Severity.WARNING, "A stats or status endpoint listens on every interface");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      report(findings, "controllers.loadBalancer.stats", t.controllers().operations().stats());
      report(findings, "externalLoadBalancer.status", t.externalLoadBalancer().status());
    });
  }

  private static void report(Findings findings, String key, Optional<Listener> listener) {
    listener.ifPresent(l -> IpAddress.parse(l.address().value()).filter(IpAddress::isUnspecified).ifPresent(a -> findings.report(
        l.address().at(),
        key + " listens on " + a.value() + ", every interface of the load balancer, public ones included",
        "name a loopback or management address, such as 127.0.0.1, and let the scraper reach it there")));
  }
}
