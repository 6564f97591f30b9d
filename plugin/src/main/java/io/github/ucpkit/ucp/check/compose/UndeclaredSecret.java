package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.Optional;
import java.util.Set;

/**
 * A service is granted a secret the file does not declare under top-level {@code secrets}.
 * docker-compose 1.29.2 reads {@code secrets} in 2.x files too; {@code config} accepts the file and
 * {@code up} fails with "Service uses an undefined secret". The hint suggests a declared secret when
 * one is close to the name. ({@code configs} are dropped by docker-compose without a look, so an
 * unknown config breaks nothing.)
 */
public final class UndeclaredSecret implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-REF-004", Severity.ERROR, "A service uses a secret that is not declared")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      Set<String> declared = file.document().get("secrets")
          .map(s -> s instanceof YMap m ? m.entries().keySet() : Set.<String>of())
          .orElse(Set.of());
      Suggest suggest = Suggest.among(declared);
      for (Service service : file.services()) {
        if (!(service.definition().get("secrets").orElse(null) instanceof YSeq grants)) {
          continue;
        }
        for (YNode grant : grants.items()) {
          source(grant).filter(s -> !declared.contains(s.text())).ifPresent(s -> findings.report(
              s.at(),
              "service \"" + service.name() + "\" uses secret " + Echo.quote(s.text())
                  + ", which is not declared under top-level \"secrets\"",
              suggest.hint(s.text(), "declare it under top-level \"secrets:\" with file: or external: true; "
                  + failure(file, service, s.text()))));
        }
      }
    }
  }

  /** What the tool the file is read for does with it: a stack file fails at docker stack deploy. */
  private static String failure(ComposeFile file, Service service, String secret) {
    return file.forStack()
        ? "docker stack config accepts this file, but docker stack deploy stops with: service " + service.name()
            + ": undefined secret " + Echo.quote(secret)
        : "docker-compose config accepts this file, but up fails with: Service \"" + service.name()
            + "\" uses an undefined secret " + Echo.quote(secret);
  }

  /** The secret a grant names: the string itself, or the {@code source} of the long form. */
  private static Optional<YScalar> source(YNode grant) {
    YNode name = grant instanceof YMap m ? m.get("source").orElse(null) : grant;
    return name instanceof YScalar s && s.isString() ? Optional.of(s) : Optional.empty();
  }
}
