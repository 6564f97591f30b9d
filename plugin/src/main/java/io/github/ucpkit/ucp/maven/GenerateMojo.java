package io.github.ucpkit.ucp.maven;

import io.github.ucpkit.ucp.write.ArtifactWriter;
import java.io.IOException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates, then writes every artifact to {@code outputDirectory}: {@code haproxy.cfg},
 * {@code nginx.conf}, {@code lb-stack.yml} and {@code <domain>.zone} from the topology spec, and one
 * normalised {@code <app>.yml} per Compose file. Nothing is written when validation finds an error;
 * writes are atomic and the output is byte-for-byte reproducible.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false, threadSafe = true)
public class GenerateMojo extends AbstractUcpMojo {

  @Override
  void run() throws IOException, MojoFailureException {
    if (nothingToDo()) {
      return;
    }
    ArtifactWriter.Result written = ArtifactWriter.write(outputDirectory(), validatedArtifacts());
    getLog().info("ucp: " + written.written().size() + " artifact(s) written, " + written.unchanged().size()
        + " unchanged" + (written.removed().isEmpty() ? "" : ", removed " + written.removed())
        + " in " + outputDirectory());
  }
}
