package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service, network, volume, secret or config whose name YAML 1.1 reads as something other than a
 * string ({@code 123}, {@code on}, {@code ~}, {@code 1.5}, {@code 2019-01-01}). docker-compose checks
 * the name's type before anything else and stops: "the service name 123 must be a quoted string".
 */
public final class NonStringName implements Rule {

  /** The sections docker-compose checks, with the word its message uses for an entry. */
  private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put("services", "service");
    SECTIONS.put("networks", "network");
    SECTIONS.put("volumes", "volume");
    SECTIONS.put("secrets", "secret");
    SECTIONS.put("configs", "config");
  }

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-KEY-001", Severity.ERROR,
        "A service, network or volume name is not a string in YAML 1.1");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      SECTIONS.forEach((section, kind) -> file.document().get(section)
          .filter(YMap.class::isInstance)
          .ifPresent(map -> {
            for (YMap.Entry e : ((YMap) map).all()) {
              if (!e.key().isString()) {
                report(findings, kind, e.key());
              }
            }
          }));
    }
  }

  private static void report(Findings findings, String kind, YScalar key) {
    // docker-compose prints the value Python loaded, not the text: "on" becomes True, "0x1F" becomes 31
    String python = key.pythonText();
    findings.report(
        key.at(),
        kind + " name \"" + key.text() + "\" is " + key.describe()
            + (python.equals(key.text()) ? "" : " (" + python + ")") + " in YAML 1.1, not a string",
        "quote it (\"" + key.text() + "\":); docker-compose stops with \"the " + kind + " name " + python
            + " must be a quoted string, i.e. '" + python + "'\"");
  }
}
