package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Two Compose files that end up with the same project name even after each took its file name
 * ({@code web.yml} and {@code WEB.yaml}, {@code web.v2.yml} and {@code webv2.yml}): they would write
 * one app artifact, and deployed under one {@code -p} each would remove the other's containers as
 * orphans. Found before anything is written.
 */
public final class SharedProjectName implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-PROJECT-001", Severity.ERROR, "Two Compose files get the same project name and app artifact")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Map<String, ComposeFile> first = new HashMap<>();
    for (ComposeFile file : inputs.compose()) {
      // file systems that ignore case would hold only one of web.yml and WEB.yml
      String key = file.project().toLowerCase(Locale.ROOT);
      ComposeFile earlier = first.putIfAbsent(key, file);
      if (earlier != null) {
        findings.report(
            Location.of(file.path()),
            "\"" + file.path().getFileName() + "\" and \"" + earlier.path().getFileName() + "\" would both be deployed as project \""
                + file.project() + "\" and written to " + file.project() + ".yml; deploying one would remove the other's containers",
            "rename one of the files so their names differ in more than case and punctuation, move it to a folder of its own, "
                + "or give it a COMPOSE_PROJECT_NAME in a .env beside it");
      }
    }
  }
}
