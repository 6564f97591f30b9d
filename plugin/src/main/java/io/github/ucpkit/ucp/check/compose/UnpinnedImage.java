package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;

/**
 * {@code image} without a tag or digest, or with {@code :latest}: what runs depends on when the image
 * was pulled. A service that also has {@code build} is skipped, since there {@code image} only names
 * what is built.
 */
public final class UnpinnedImage implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-IMG-001", Severity.WARNING, "An image is not pinned to a tag or digest")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      if (service.definition().has("build")) {
        return;
      }
      service.image().filter(i -> !i.value().isBlank()).ifPresent(image -> {
        ImageReference ref = ImageReference.parse(image.value());
        if (ref.digest().isPresent()) {
          return;
        }
        String hint = "pin a version tag (" + ref.name() + ":1.2.3) or a digest (" + ref.name() + "@sha256:...)";
        if (ref.tag().isEmpty()) {
          findings.report(
              image.at(),
              "image \"" + image.value() + "\" of service \"" + service.name()
                  + "\" has no tag, so docker pulls \"latest\", whichever image that is at the time",
              hint);
        } else if (ref.tag().get().equals("latest")) {
          findings.report(
              image.at(),
              "image \"" + image.value() + "\" of service \"" + service.name()
                  + "\" uses the tag \"latest\", which moves; two hosts can run different images",
              hint);
        }
      });
    });
  }
}
