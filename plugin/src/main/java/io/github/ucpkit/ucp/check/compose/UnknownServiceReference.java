package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.compose.ServiceRef;

/**
 * A service names another service ({@code depends_on}, {@code links}, {@code volumes_from},
 * {@code network_mode/pid/ipc: service:x}) that the file does not define. The hint suggests one of
 * the file's other services when one is close to the name.
 */
public final class UnknownServiceReference implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-REF-001", Severity.ERROR, "A service refers to a service that does not exist");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (file.forStack()) {
        continue; // docker stack deploy ignores depends_on, links and network_mode, and refuses volumes_from
      }
      Suggest services = Suggest.among(file.services().stream().map(Service::name).toList());
      for (Service service : file.services()) {
        // a service that refers to itself is another mistake, so it is never the suggestion
        Suggest others = services.excluding(service.name());
        for (ServiceRef ref : service.references()) {
          if (file.service(ref.target()).isEmpty()) {
            String hint = others.hint(ref.target(), ref.kind() == ServiceRef.Kind.VOLUMES_FROM
                ? "to mount from a container rather than a service, write container:" + ref.target()
                : "define service \"" + ref.target() + "\" in this file or fix the name");
            findings.report(
                ref.at(),
                "service \"" + service.name() + "\" " + ref.kind().verb() + " service \"" + ref.target()
                    + "\", which is not defined in this file",
                hint);
          }
        }
      }
    }
  }
}
