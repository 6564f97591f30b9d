package io.github.ucpkit.ucp.maven;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.report.LogText;
import io.github.ucpkit.ucp.write.Drift;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * The CI gate: renders the artifacts in memory and compares them with {@code outputDirectory} (for
 * example artifacts committed to a GitOps repository), reading only. Prints a unified diff for every
 * changed, missing or extra file, and what an interrupted {@code generate} left, and fails; passes
 * when everything is up to date. A committed {@code outputDirectory} that {@code generate} rewrote
 * earlier in the same build fails too: such a check compares the directory with itself.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractUcpMojo {

  @Override
  boolean outputsWithoutInputs() {
    return generatedBefore();
  }

  @Override
  Runner.Outcome run(Pipeline.Request request, Runner.Settings settings) throws IOException {
    return Runner.check(request, settings);
  }

  @Override
  void report(Runner.Outcome outcome) throws MojoFailureException {
    if (outcome.hasErrors()) {
      return;
    }
    List<String> rewritten = outputIsBuildOutput() ? List.of() : memory().changedEarlier(outputDirectory());
    if (!rewritten.isEmpty()) {
      String why = "ucp:generate changed " + LogText.escape(rewritten.toString()) + " in " + LogText.escape(outputDirectory().toString())
          + " earlier in this build, so ucp:check has nothing left to compare with: the committed files were stale";
      getLog().error("ucp: " + why);
      getLog().error("ucp: commit the regenerated files; in CI bind only validate and check (run ucp:generate by hand)");
      throw new MojoFailureException("ucp: " + why);
    }
    if (outcome.drift().isEmpty()) {
      getLog().info("ucp: generated artifacts in " + LogText.escape(outputDirectory().toString()) + " are up to date");
      return;
    }
    for (Drift.FileDrift d : outcome.drift()) {
      getLog().error("ucp: " + LogText.escape(d.name()) + " is " + kind(d) + ":");
      for (String line : d.diff().split("\n")) {
        getLog().error(LogText.escape(line));
      }
    }
    String fix = "run mvn ucp:generate" + (outputIsBuildOutput() ? ""
        : " -Ducp.outputDirectory=" + LogText.escape(basedir().relativize(outputDirectory()).toString().replace('\\', '/')));
    getLog().error("ucp: to update them, " + fix + " and commit the result");
    throw new MojoFailureException("ucp: " + outcome.drift().size() + " generated file(s) out of date in "
        + LogText.escape(outputDirectory().toString()) + ": "
        + outcome.drift().stream().map(d -> LogText.escape(d.name()) + " (" + kind(d) + ")").toList() + "; " + fix);
  }

  private static String kind(Drift.FileDrift d) {
    return d.kind().name().toLowerCase(Locale.ROOT);
  }
}
