package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Optional;

/**
 * A top-level secret (3.8 and later) names both a {@code file} and a secret store {@code driver}:
 * the content would come from two places, and the docker CLI's loader refuses the file ("secret s:
 * secret.driver and secret.file conflict; only use secret.driver"). An external secret is not
 * checked, as the CLI does not check it: it uses neither.
 */
public final class SecretFileWithDriver implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-SECRET-004", Severity.ERROR, "A secret sets both file and driver");
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
      for (YMap.Entry declared : Grants.declared(file, Grants.Kind.SECRET)) {
        if (!(declared.value() instanceof YMap settings) || Swarm.external(settings)) {
          continue;
        }
        Optional<YMap.Entry> driver = settings.entry("driver").filter(e -> nonEmpty(e.value()));
        boolean hasFile = settings.get("file").map(SecretFileWithDriver::nonEmpty).orElse(false);
        if (driver.isPresent() && hasFile) {
          String name = Echo.quote(declared.key().text());
          findings.report(driver.get().key().at(),
              "secret " + name + " sets both file and driver; docker stack deploy refuses the file (\"secret.driver and"
                  + " secret.file conflict; only use secret.driver\")",
              "keep driver to have the secret store provide the content, or file to read it from disk");
        }
      }
    }
  }

  private static boolean nonEmpty(YNode node) {
    return node instanceof YScalar s && s.isString() && !s.text().isEmpty();
  }
}
