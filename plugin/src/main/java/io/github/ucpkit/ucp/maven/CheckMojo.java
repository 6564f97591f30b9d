package io.github.ucpkit.ucp.maven;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.write.Drift;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Renders the artifacts in memory and compares them byte for byte with {@code outputDirectory}
 * (for example artifacts committed to a GitOps repository). Prints a unified diff for every changed,
 * missing or extra file and fails; passes when everything is up to date.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractUcpMojo {

  @Override
  Runner.Outcome run(Pipeline.Request request, Runner.Settings settings) throws IOException {
    return Runner.check(request, settings);
  }

  @Override
  void report(Runner.Outcome outcome) throws MojoFailureException {
    if (outcome.hasErrors()) {
      return;
    }
    if (outcome.drift().isEmpty()) {
      getLog().info("ucp: generated artifacts in " + outputDirectory() + " are up to date");
      return;
    }
    for (Drift.FileDrift d : outcome.drift()) {
      getLog().error("ucp: " + d.name() + " is " + d.kind().name().toLowerCase(Locale.ROOT) + ":");
      for (String line : d.diff().split("\n")) {
        getLog().error(line);
      }
    }
    String fix = "run mvn ucp:generate" + (outputDirectory().startsWith(basedir().resolve("target")) ? ""
        : " -Ducp.outputDirectory=" + basedir().relativize(outputDirectory()));
    getLog().error("ucp: to update them, " + fix + " and commit the result");
    throw new MojoFailureException("ucp: " + outcome.drift().size() + " generated file(s) out of date in " + outputDirectory()
        + ": " + outcome.drift().stream().map(d -> d.name() + " (" + d.kind().name().toLowerCase(Locale.ROOT) + ")").toList()
        + "; " + fix);
  }
}
