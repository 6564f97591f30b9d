package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.Optional;

/**
 * An environment variable name with whitespace in it. docker-compose rejects it in the list form
 * ({@code - "A B=1"}) of {@code environment} and {@code build.args}; in the mapping form of
 * {@code environment} it lets it through to the container, where no shell can use it, so this rule
 * is stricter there.
 */
public final class EnvironmentNameWithWhitespace implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-ENV-001", Severity.ERROR, "An environment variable name contains whitespace")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      Optional<YNode> environment = service.definition().get("environment");
      if (environment.isPresent() && environment.get() instanceof YMap map) {
        for (YMap.Entry e : map.all()) {
          if (hasWhitespace(e.key().text())) {
            report(findings, e.key().at(), e.key().text(), "environment variable", service.name());
          }
        }
      } else {
        listForm(environment, "environment variable", service.name(), findings);
      }
      Optional<YNode> build = service.definition().get("build");
      if (build.isPresent() && build.get() instanceof YMap buildMap) {
        listForm(buildMap.get("args"), "build argument", service.name(), findings);
      }
    });
  }

  /** {@code KEY=VALUE} or bare {@code KEY} items: the name is everything before the first {@code =}. */
  private static void listForm(Optional<YNode> node, String what, String service, Findings findings) {
    if (node.isEmpty() || !(node.get() instanceof YSeq seq)) {
      return;
    }
    for (YNode item : seq.items()) {
      if (item instanceof YScalar s && s.isString()) {
        int eq = s.text().indexOf('=');
        String name = eq < 0 ? s.text() : s.text().substring(0, eq);
        if (hasWhitespace(name)) {
          report(findings, s.at(), name, what, service);
        }
      }
    }
  }

  private static void report(Findings findings, Location at, String name, String what, String service) {
    findings.report(
        at,
        what + " name \"" + printable(name) + "\" of service \"" + service + "\" contains whitespace",
        "remove the whitespace" + (name.contains(" ") && !name.strip().contains(" ")
            ? " around the name (write NAME=value, with no space before =)" : "")
            + "; variable names are letters, digits and underscores");
  }

  /** Shows tabs and other invisible whitespace, so the message says where the problem is. */
  private static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().forEach(c -> {
      if (c == ' ') {
        out.append(' ');
      } else if (isPythonWhitespace(c)) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.append(Character.toChars(c));
      }
    });
    return out.toString();
  }

  private static boolean hasWhitespace(String name) {
    return name.codePoints().anyMatch(EnvironmentNameWithWhitespace::isPythonWhitespace);
  }

  /** Python's {@code \s} (str.isspace): what docker-compose's check matches. */
  static boolean isPythonWhitespace(int c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
        || c == 0x3000;
  }
}
