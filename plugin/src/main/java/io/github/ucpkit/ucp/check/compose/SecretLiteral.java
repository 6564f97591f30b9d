package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.value.SecretName;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.Locale;
import java.util.Optional;

/**
 * A variable with a secret's name ({@code DB_PASSWORD}, {@code API_TOKEN}, {@code SIGNING_KEY}) given
 * a literal value in {@code environment} or {@code build.args}: the secret is in the repository, and
 * in every copy of it. Read from the file as written, so {@code ${DB_PASSWORD}} is fine.
 */
public final class SecretLiteral implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-SECRET-001", Severity.WARNING, "A secret-looking variable has a literal value in the Compose file")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      Nodes.map(file.parsed(), "services").ifPresent(services -> services.all().forEach(s -> {
        Optional<YMap> service = Nodes.map(Optional.of(s.value()));
        service.flatMap(d -> d.get("environment")).ifPresent(env -> variables(env, s.key().text(), "environment", findings));
        service.flatMap(d -> Nodes.map(d.get("build"))).flatMap(b -> b.get("args"))
            .ifPresent(args -> variables(args, s.key().text(), "build.args", findings));
      }));
    }
  }

  /** The mapping form ({@code NAME: value}) and the list form ({@code - NAME=value}). */
  private static void variables(YNode node, String service, String where, Findings findings) {
    if (node instanceof YMap map) {
      map.all().forEach(e -> {
        if (e.value() instanceof YScalar v && !v.isNull()) {
          check(e.key().text(), v.text(), v, service, where, findings);
        }
      });
    } else if (node instanceof YSeq seq) {
      for (YNode item : seq.items()) {
        if (item instanceof YScalar s && s.text().indexOf('=') > 0) {
          int eq = s.text().indexOf('=');
          check(s.text().substring(0, eq), s.text().substring(eq + 1), s, service, where, findings);
        }
      }
    }
  }

  private static void check(String name, String value, YScalar at, String service, String where, Findings findings) {
    // NAME_FILE is the images' convention for where a mounted secret is read from: a path, not the secret
    if (!SecretName.looksSecret(name) || name.toUpperCase(Locale.ROOT).endsWith("_FILE") || value.isEmpty()
        || referencesVariable(value)) {
      return;
    }
    findings.report(
        at.at(),
        "\"" + name + "\" in " + where + " of service \"" + service + "\" has a literal value: a secret committed to the repository",
        "write ${" + name + "} and set it where you deploy (or use secrets:); generated artifacts keep such variables for deploy time");
  }

  /** Whether the value uses a variable ({@code $X}, {@code ${X}}); {@code $$} is a literal dollar. */
  static boolean referencesVariable(String value) {
    for (int i = 0; i < value.length() - 1; i++) {
      if (value.charAt(i) == '$') {
        char next = value.charAt(i + 1);
        if (next == '$') {
          i++;
        } else if (next == '{' || next == '_' || Character.isLetter(next)) {
          return true;
        }
      }
    }
    return false;
  }
}
