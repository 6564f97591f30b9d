package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Quorum;
import io.github.ucpkit.ucp.model.topology.Quorum.Role;
import io.github.ucpkit.ucp.model.topology.Topology.Member;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.Optional;

/**
 * Each controller's (or registry replica's) certificate must name the FQDN clients use, or TLS
 * through the load balancer, which passes TLS through untouched, fails.
 */
public final class MissingControllerSan implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-SAN-001", Severity.ERROR, "A controller's or registry replica's SANs lack its FQDN");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> t.quorums().forEach(q -> check(q, findings)));
  }

  private static void check(Quorum q, Findings findings) {
    Optional<DnsName> fqdn = DnsName.parse(q.fqdn().value());
    if (fqdn.isEmpty()) {
      return; // TOPO-NAME-001 reports the name itself
    }
    boolean controllers = q.role() == Role.CONTROLLERS;
    for (Member m : q.members()) {
      if (m.sans().stream().noneMatch(s -> Sans.covers(s.value(), fqdn.get()))) {
        findings.report(
            m.at(),
            q.role().one() + " \"" + m.name().value() + "\" does not list " + q.fqdn().value() + " in its sans; "
                + (controllers
                    ? "the UCP CA signs only the SANs given at install"
                    : "the registry serves the certificate it was installed with (--dtr-cert)")
                + ", so clients reaching it through the load balancer get a certificate error",
            "add " + q.fqdn().value() + " to its sans (and "
                + (controllers
                    ? "pass it as --san when installing or re-configuring that controller)"
                    : "give the registry a certificate for it, --dtr-external-url " + q.fqdn().value() + ")"));
      }
    }
  }
}
