package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A service of a file for {@code docker stack deploy} is granted a config the file does not declare
 * at the top level, or a long-form secret or config grant names no source. {@code docker stack
 * config} accepts the file; {@code docker stack deploy} creates the stack's networks, secrets and
 * configs, then stops: "service web: undefined config "c"". A secret named but not declared is
 * COMPOSE-REF-004's, which reports it for both tools; this rule does not report it twice.
 */
public final class UndeclaredSecretOrConfig implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-SECRET-002", Severity.ERROR, "A service uses a config the stack file does not declare, or a grant without a source")
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
      for (Grants.Grant grant : Grants.all(file)) {
        if (Swarm.deployTime(file, grant.at()) || Grants.isDeclared(file, grant.kind(), grant.source())
            || (grant.kind() == Grants.Kind.SECRET && !grant.source().isEmpty())) {
          continue; // an undeclared secret by name: COMPOSE-REF-004
        }
        String word = grant.kind().word;
        if (grant.source().isEmpty()) {
          findings.report(grant.at().at(),
              "a " + word + " of " + Swarm.service(grant.service()) + " names no source; docker stack deploy stops"
                  + " (\"undefined " + word + " \\\"\\\"\")",
              "add source: <name of a " + word + " declared under top-level " + grant.kind().section + ">");
          continue;
        }
        List<String> declared = Grants.declared(file, grant.kind()).stream().map(e -> e.key().text()).toList();
        findings.report(grant.at().at(),
            Swarm.service(grant.service()) + " uses " + word + " " + Echo.quote(grant.source())
                + ", which is not declared under top-level \"" + grant.kind().section + "\"; docker stack config accepts"
                + " the file, docker stack deploy stops (\"undefined " + word + "\")",
            hint(grant, declared));
      }
    }
  }

  private static String hint(Grants.Grant grant, List<String> declared) {
    String declare = "declare it under top-level \"" + grant.kind().section + ":\" with file: <path>"
        + (grant.kind() == Grants.Kind.SECRET ? ", driver: <name>" : "") + " or external: true";
    if (declared.isEmpty()) {
      return declare;
    }
    return Suggest.among(declared).hint(grant.source(), declare + "; declared: "
        + declared.stream().limit(5).map(Echo::quote).collect(Collectors.joining(", "))
        + (declared.size() > 5 ? " and " + (declared.size() - 5) + " more" : ""));
  }
}
