package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YScalar;

/** The file does not declare one of the formats we validate: a string "2", "2.0" … "2.4". */
public final class VersionUnsupported implements Rule {

  private static final String SUPPORTED = "supported: \"2\", \"2.0\", \"2.1\", \"2.2\", \"2.3\", \"2.4\"";

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-VER-001", Severity.ERROR, "The file does not declare Compose file format 2.0–2.4")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (file.version().isPresent()) {
        continue;
      }
      YMap doc = file.document();
      if (!doc.has("version")) {
        findings.report(
            new Location(file.path(), 1, 1),
            "the file has no \"version\"; without it docker-compose reads it as the Compose Specification, which this plugin does not validate",
            "declare the format on the first line, e.g. version: \"2.4\" (" + SUPPORTED + ")");
        continue;
      }
      YMap.Entry entry = doc.entry("version").orElseThrow();
      if (entry.value() instanceof YScalar s && !s.isString() && !s.isNull() && s.value().startsWith("2")) {
        findings.report(
            s.at(),
            "version must be a string, but YAML reads " + s.text() + " as " + s.describe(),
            "quote it: version: \"" + s.text() + "\"");
      } else if (entry.value() instanceof YScalar s) {
        findings.report(
            s.at(),
            "version \"" + s.value() + "\" is not a Compose file format this plugin validates",
            SUPPORTED);
      } else {
        findings.report(
            entry.key().at(),
            "version must be a string, not " + entry.value().describe()
                + " (a mapping here means a version-1 file with a service named \"version\")",
            SUPPORTED);
      }
    }
  }
}
