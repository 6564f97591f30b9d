package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Locale;
import java.util.Optional;

/**
 * A service name has upper-case letters and the service sets no image. docker-compose names the
 * image it builds after the service, and image names must be lower case, so it rejects the file.
 */
public final class UppercaseNameWithoutImage implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-SVC-002", Severity.ERROR, "A service name with upper-case letters has no image");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (file.forStack()) {
        continue; // docker stack deploy never builds; a service without image is COMPOSE-SVC-001's
      }
      ExtendsChain chains = new ExtendsChain(file, inputs);
      for (Service service : file.services()) {
        if (!hasUppercase(service.name()) || hasImage(chains, service)) {
          continue;
        }
        findings.report(
            service.at(),
            "service \"" + service.name() + "\" has upper-case letters and no image, so docker-compose cannot name"
                + " the image it builds after it",
            "rename it to \"" + service.name().toLowerCase(Locale.ROOT) + "\", or set image: <name>:<tag> for the"
                + " image to build");
      }
    }
  }

  /** docker-compose looks for ASCII capitals only. */
  private static boolean hasUppercase(String name) {
    return name.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
  }

  /**
   * Whether the service ends up with a non-empty image: its own {@code image} key, else the one it
   * inherits through {@code extends}. A chain that cannot be followed counts as having one, since
   * the extends rule reports the chain and docker-compose stops there first.
   */
  private static boolean hasImage(ExtendsChain chains, Service service) {
    if (service.definition().has("image") || !service.definition().has("extends")) {
      return nonEmpty(service.definition().get("image"));
    }
    ExtendsChain.Result chain = chains.resolve(service);
    if (!chain.ok()) {
      return true;
    }
    for (ExtendsChain.Link link : chain.links()) {
      if (link.definition().has("image")) {
        return nonEmpty(link.definition().get("image"));
      }
    }
    return false;
  }

  private static boolean nonEmpty(Optional<YNode> image) {
    if (image.isEmpty()) {
      return false;
    }
    return !(image.get() instanceof YScalar s) || !(s.isNull() || s.text().isEmpty());
  }
}
