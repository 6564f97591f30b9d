package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.Quorum;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import io.github.ucpkit.ucp.model.topology.Topology.Node;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The proxies' load balancer address (interlock2 mode) is a machine's or another load balancer's.
 * proxy-lb.cfg listens on 80 and 443 there: on the controllers' or the registry's VIP those ports
 * are taken by haproxy.cfg, and on a node the routed names would bypass the load balancer (a
 * proxy node) or reach a machine that runs no proxy. Addresses compare as hosts.
 */
public final class ProxiesAddressTaken implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-IL2-003", Severity.ERROR, "The proxies' load balancer address is already a machine's or a VIP's");
  }

  /** A machine or VIP with an address: who, for the message, and the address as written. */
  private record Owner(String who, Located<String> address) {}

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().filter(t -> t.externalLoadBalancer().mode() == Mode.INTERLOCK2).ifPresent(t ->
        t.externalLoadBalancer().proxies().address().ifPresent(a -> IpAddress.parse(a.value()).ifPresent(ip -> owners(t)
            .stream()
            .filter(o -> IpAddress.parse(o.address().value()).equals(Optional.of(ip)))
            .findFirst()
            .ifPresent(o -> findings.report(a.at(), "externalLoadBalancer.address " + ip + " is the address of " + o.who()
                + " (line " + o.address().at().line() + "); the proxies' load balancer listens on 80 and 443 of an"
                + " address of its own", "give the load balancer in front of the proxy nodes its own (virtual) address")))));
  }

  private static List<Owner> owners(Topology t) {
    List<Owner> out = new ArrayList<>();
    for (Quorum q : t.quorums()) {
      String whose = q.role() == Quorum.Role.CONTROLLERS ? "the controllers'" : "the registry's";
      out.add(new Owner(whose + " load balancer", q.loadBalancerAddress()));
      q.members().forEach(m -> out.add(new Owner(q.role().one() + " \"" + m.name().value() + "\"", m.address())));
    }
    for (Node n : t.nodes()) {
      out.add(new Owner((n.loadBalancer() ? "proxy node \"" : "node \"") + n.name().value() + "\"", n.address()));
    }
    return out;
  }
}
