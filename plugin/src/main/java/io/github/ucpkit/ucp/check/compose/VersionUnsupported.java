package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.ComposeVersion;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YScalar;

/**
 * The file declares a format we do not validate: anything but a string "2", "2.0" … "2.4", "3",
 * "3.0" … "3.13", or no version at all; or a 2.x format in a file meant for {@code docker stack deploy},
 * which reads only 3.x files.
 */
public final class VersionUnsupported implements Rule {

  private static final String SUPPORTED =
      "supported: \"2\", \"2.0\" to \"2.4\" (docker-compose only), \"3\", \"3.0\" to \"3.13\", or no version at all";

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-VER-001", Severity.ERROR,
        "The file declares a Compose file format this plugin does not validate")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      YMap doc = file.document();
      if (file.version().isPresent()) {
        Located<ComposeVersion> v = file.version().get();
        if (file.forStack() && v.value().isV2()) {
          findings.report(v.at(),
              "docker stack deploy reads only file format 3.x, and this file declares " + v.value(),
              "deploy it with docker-compose (deployWith compose), or convert it to format 3.x");
        }
        continue;
      }
      if (!doc.has("version")) {
        continue; // docker-compose reads it as the Compose Specification, docker stack deploy as its newest 3.x
      }
      YMap.Entry entry = doc.entry("version").orElseThrow();
      if (entry.value() instanceof YScalar s && !s.isString() && !s.isNull()
          && (s.value().startsWith("2") || s.value().startsWith("3"))) {
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
