package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.ArrayList;
import java.util.List;

/** The cluster domain, the controllers' FQDN and the name servers' names are DNS names. */
public final class InvalidDomainName implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-NAME-001", Severity.ERROR, "A name in the spec is not a valid DNS name");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> {
      List<Located<String>> names = new ArrayList<>();
      names.add(t.domain());
      names.add(t.controllers().fqdn());
      t.registry().ifPresent(r -> names.add(r.fqdn()));
      t.dns().ifPresent(d -> d.nameservers().forEach(ns -> names.add(ns.name())));
      for (Located<String> n : names) {
        DnsName.problem(n.value()).ifPresent(problem -> findings.report(
            n.at(), "\"" + n.value() + "\" is not a valid DNS name: " + problem, "write a name such as example.com"));
      }
    });
  }
}
