package io.github.ucpkit.ucp.maven;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.report.LogText;
import java.io.IOException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates, then writes every artifact to {@code outputDirectory}: {@code haproxy.cfg},
 * {@code nginx.conf}, {@code lb-stack.yml} and {@code <domain>.zone} from the topology spec, and one
 * normalised {@code <app>.yml} per Compose file. Nothing is written when validation finds an error;
 * writes are atomic and the output is byte-for-byte reproducible. With unchanged inputs and
 * unchanged outputs it renders nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractUcpMojo {

  @Override
  boolean outputsWithoutInputs() {
    return generatedBefore();
  }

  @Override
  Runner.Outcome run(Pipeline.Request request, Runner.Settings settings) throws IOException {
    return Runner.generate(request, settings);
  }

  @Override
  void report(Runner.Outcome outcome) {
    outcome.written().ifPresent(w -> memory().generated(outputDirectory(), w));
    outcome.written().ifPresent(w -> getLog().info("ucp: " + w.written().size() + " artifact(s) written, "
        + w.unchanged().size() + " unchanged" + (w.removed().isEmpty() ? "" : ", removed " + LogText.escape(w.removed().toString()))
        + " in " + LogText.escape(outputDirectory().toString())));
  }
}
