package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Optional;
import java.util.Set;

/** A file's top-level networks as {@code docker stack deploy} reads them. */
final class StackNetworks {

  /**
   * Drivers whose networks belong to one node: the stack deployer creates such a network on the
   * manager it talks to, and the swarm cannot attach a service to it.
   */
  static final Set<String> NODE_LOCAL = Set.of("bridge", "host", "macvlan", "ipvlan");

  private StackNetworks() {}

  /** The settings of a declared network; empty when it is not declared or declared without settings. */
  static Optional<YMap> settings(ComposeFile file, String key) {
    return Nodes.map(file.document(), "networks").flatMap(n -> Nodes.map(n, key));
  }

  /** The {@code driver}, when it is written as text (not taken from a variable). */
  static Optional<YScalar> driver(ComposeFile file, YMap settings) {
    return Swarm.string(settings, "driver").filter(d -> !Swarm.deployTime(file, d));
  }

  /** The name the engine knows an external network by: {@code name}, else {@code external.name}, else the key. */
  static String externalName(String key, YMap settings) {
    Optional<String> name = Swarm.string(settings, "name").map(YScalar::text).filter(n -> !n.isEmpty());
    Optional<String> externalName = Nodes.map(settings, "external").flatMap(e -> Swarm.string(e, "name"))
        .map(YScalar::text).filter(n -> !n.isEmpty());
    return name.or(() -> externalName).orElse(key);
  }
}
