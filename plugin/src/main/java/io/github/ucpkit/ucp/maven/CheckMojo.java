package io.github.ucpkit.ucp.maven;

import io.github.ucpkit.ucp.write.Drift;
import java.io.IOException;
import java.util.List;
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
  void run() throws IOException, MojoFailureException {
    if (nothingToDo()) {
      return;
    }
    List<Drift.FileDrift> drift = Drift.compare(outputDirectory(), validatedArtifacts());
    if (drift.isEmpty()) {
      getLog().info("ucp: generated artifacts in " + outputDirectory() + " are up to date");
      return;
    }
    for (Drift.FileDrift d : drift) {
      getLog().error("ucp: " + d.name() + " is " + d.kind().name().toLowerCase(java.util.Locale.ROOT) + ":");
      for (String line : d.diff().split("\n")) {
        getLog().error(line);
      }
    }
    String fix = "run mvn ucp:generate" + (outputDirectory().startsWith(basedir().resolve("target")) ? ""
        : " -Ducp.outputDirectory=" + basedir().relativize(outputDirectory()));
    getLog().error("ucp: to update them, " + fix + " and commit the result");
    throw new MojoFailureException("ucp: " + drift.size() + " generated file(s) out of date in " + outputDirectory()
        + ": " + drift.stream().map(d -> d.name() + " (" + d.kind().name().toLowerCase(java.util.Locale.ROOT) + ")").toList()
        + "; " + fix);
  }
}
