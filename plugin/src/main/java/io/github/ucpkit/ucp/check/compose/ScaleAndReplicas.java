package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Optional;

/**
 * A service sets both {@code scale} and {@code deploy.replicas}. {@code docker-compose config} accepts
 * it; building the project for {@code up} fails: "Both service.scale and service.deploy.replicas are
 * set. Only one of them must be set."
 */
public final class ScaleAndReplicas implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-SCALE-001", Severity.ERROR, "A service sets both scale and deploy.replicas")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      YMap def = service.definition();
      // for docker stack deploy, scale is no 3.x key at all: the schema reports it
      if (file.forStack() || !set(def.get("scale")) || !(def.get("deploy").orElse(null) instanceof YMap deploy)) {
        return;
      }
      // docker-compose reads replicas only in replicated mode (the default); global mode ignores them
      boolean replicated = deploy.get("mode").map(m -> m instanceof YScalar s && s.isString() && s.text().equals("replicated"))
          .orElse(true);
      if (!replicated || !set(deploy.get("replicas"))) {
        return;
      }
      findings.report(
          deploy.entry("replicas").orElseThrow().key().at(),
          "service \"" + service.name() + "\" sets both \"scale\" and \"deploy.replicas\"",
          "keep one (scale is the 2.x setting); docker-compose up stops with \"Both service.scale and"
              + " service.deploy.replicas are set\"");
    });
  }

  private static boolean set(Optional<YNode> node) {
    return node.isPresent() && !(node.get() instanceof YScalar s && s.isNull());
  }
}
