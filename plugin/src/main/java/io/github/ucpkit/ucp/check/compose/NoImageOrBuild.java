package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;

/** A service has neither {@code image} nor {@code build}, so there is nothing to run. */
public final class NoImageOrBuild implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-SVC-001", Severity.ERROR, "A service has neither an image nor a build context")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      if (file.forStack()) {
        if (!service.definition().has("image")) {
          findings.report(
              service.at(),
              "service \"" + service.name() + "\" has no image; docker stack deploy never builds (it ignores build)"
                  + " and the swarm refuses a service without an image",
              "add image: <name>:<tag>, the image built and pushed before deploying");
        }
        return;
      }
      if (!service.definition().has("image") && !service.definition().has("build")
          && service.extendsFrom().isEmpty()) {
        findings.report(
            service.at(),
            "service \"" + service.name() + "\" has neither an image nor a build context",
            "add image: <name>:<tag>, or build: <directory>");
      }
    });
  }
}
