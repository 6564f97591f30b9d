package io.github.ucpkit.ucp.maven;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the Compose files (format 2.0–2.4) and the cluster topology spec, printing each finding as
 * {@code file:line:column: RULE-ID message}, writing {@code ucp.sarif} and {@code report.html}, and
 * failing the build on errors (or on warnings with {@code failOnWarning}). Works without a pom:
 * {@code mvn io.github.ucpkit:ucp-maven-plugin:0.1.0-SNAPSHOT:validate -Ducp.compose=DIR}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractUcpMojo {

  /** Skip this goal alone (the others of this plugin still run). */
  @Parameter(property = "ucp.validate.skip", defaultValue = "false")
  private boolean skipValidate;

  @Override
  String goal() {
    return "validate";
  }

  @Override
  Optional<String> goalSkip() {
    return skipValidate ? Optional.of("ucp.validate.skip") : Optional.empty();
  }

  @Override
  Runner.Outcome run(Pipeline.Request request, Runner.Settings settings) throws IOException {
    return Runner.validate(request, settings);
  }

  @Override
  void report(Runner.Outcome outcome) {
    // the findings and the summary say it all
  }
}
