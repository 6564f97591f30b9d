package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.ComposeVersion;
import io.github.ucpkit.ucp.model.compose.DeployTarget;
import io.github.ucpkit.ucp.model.compose.DeployWith;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Optional;
import java.util.Set;

/**
 * Which tool a file is meant for when {@code deployWith} is {@code auto}. A 2.x file (and one whose
 * version we do not know) is for docker-compose: {@code docker stack deploy} refuses 2.x. A 3.x or
 * versionless file is for {@code docker stack deploy} when it uses a setting only swarm honours —
 * docker-compose 1.29.2 drops these with a warning or silently — and for docker-compose otherwise:
 * a file that says nothing about swarm is most often run with docker-compose, and both tools accept
 * most such files alike.
 */
final class DeployInference {

  /** {@code deploy} sub-keys docker-compose 1.29.2 ignores (it honours replicas, resources and restart_policy). */
  private static final Set<String> SWARM_DEPLOY_KEYS =
      Set.of("placement", "update_config", "rollback_config", "endpoint_mode", "labels");

  private DeployInference() {}

  static DeployTarget target(DeployWith with, YMap document, Optional<Located<ComposeVersion>> declared) {
    return switch (with) {
      case COMPOSE -> DeployTarget.COMPOSE;
      case STACK -> DeployTarget.STACK;
      case AUTO -> {
        boolean v3OrNone = declared.map(v -> v.value().isV3()).orElse(!document.has("version"));
        yield v3OrNone && swarmOnly(document) ? DeployTarget.STACK : DeployTarget.COMPOSE;
      }
    };
  }

  /** Whether the file uses a setting that only a swarm honours. */
  static boolean swarmOnly(YMap document) {
    if (document.has("configs")) {
      return true;
    }
    Optional<YMap> services = Nodes.map(document, "services");
    if (services.isPresent()) {
      for (YMap.Entry service : services.get().all()) {
        Optional<YMap> def = Nodes.map(Optional.of(service.value()));
        if (def.isEmpty()) {
          continue;
        }
        if (def.get().has("configs")) {
          return true;
        }
        Optional<YMap> deploy = Nodes.map(def.get(), "deploy");
        if (deploy.isPresent() && (deploy.get().all().stream().anyMatch(e -> SWARM_DEPLOY_KEYS.contains(e.key().text()))
            || isText(deploy.get().get("mode"), "global"))) {
          return true;
        }
      }
    }
    return Nodes.map(document, "networks").stream()
        .flatMap(n -> n.all().stream())
        .map(e -> Nodes.map(Optional.of(e.value())))
        .anyMatch(n -> n.isPresent() && isText(n.get().get("driver"), "overlay"));
  }

  private static boolean isText(Optional<YNode> node, String text) {
    return node.isPresent() && node.get() instanceof YScalar s && s.text().equals(text);
  }
}
