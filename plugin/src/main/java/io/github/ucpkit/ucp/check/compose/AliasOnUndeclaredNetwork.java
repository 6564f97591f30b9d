package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.Resource;
import io.github.ucpkit.ucp.model.compose.Service;

/**
 * A network alias on a network the file does not declare. The alias can never be resolved: the
 * network it would be registered on does not exist, so whatever relies on the name (an Interlock
 * backend, another service's configuration) finds nothing. {@code docker-compose config} accepts the
 * file; {@code up} fails on the network (COMPOSE-NET-001), this rule names each alias that is lost.
 * The hint suggests a declared network when one is close to the name.
 */
public final class AliasOnUndeclaredNetwork implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-NET-002", Severity.ERROR, "A network alias is set on a network that is not declared");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      Suggest suggest = Suggest.among(file.networks().stream().map(Resource::name).toList());
      for (Service service : file.services()) {
        for (NetworkAttachment n : service.networks()) {
          if (n.implicit() || n.network().equals("default") || file.network(n.network()).isPresent()) {
            continue;
          }
          for (Located<String> alias : n.aliases()) {
            findings.report(
                alias.at(),
                "alias \"" + alias.value() + "\" of service \"" + service.name() + "\" cannot be resolved: network \""
                    + n.network() + "\" does not exist (it is not declared under top-level \"networks\")",
                suggest.hint(n.network(), "declare network \"" + n.network()
                    + "\" under top-level networks:, or move the alias to a network the service joins"));
          }
        }
      }
    }
  }
}
