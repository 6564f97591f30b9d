package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.Resource;
import io.github.ucpkit.ucp.model.compose.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * A service joins a network the file does not declare. {@code docker-compose config} accepts this;
 * {@code up} fails with "Service uses an undefined network". The hint suggests a declared network
 * (or {@code default}) when one is close to the name.
 */
public final class UndeclaredNetwork implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-NET-001", Severity.ERROR, "A service joins a network that is not declared");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      List<String> declared = new ArrayList<>(file.networks().stream().map(Resource::name).toList());
      declared.add("default");
      Suggest suggest = Suggest.among(declared);
      for (Service service : file.services()) {
        for (NetworkAttachment n : service.networks()) {
          if (!n.implicit() && !n.network().equals("default") && file.network(n.network()).isEmpty()) {
            findings.report(
                n.at(),
                "service \"" + service.name() + "\" joins network \"" + n.network()
                    + "\" which is not declared under top-level \"networks\"",
                suggest.hint(n.network(), "declare it under top-level \"networks:\"; docker-compose config accepts this"
                    + " file, but up fails with: Service \"" + service.name() + "\" uses an undefined network \""
                    + n.network() + "\""));
          }
        }
      }
    }
  }
}
