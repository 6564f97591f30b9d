package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How {@code docker stack deploy} (docker CLI 28.2) reads a service's swarm settings, shared by the
 * swarm-mode rules. A value that uses a variable comes from the environment of whoever deploys, so
 * the rules that judge a value leave it alone ({@link #deployTime}).
 */
final class Swarm {

  /** {@code deploy.mode} as the CLI's converter reads it; an empty mode is replicated. */
  enum Mode {
    REPLICATED, GLOBAL, REPLICATED_JOB, GLOBAL_JOB, UNKNOWN;

    static Mode of(String text) {
      return switch (text) {
        case "", "replicated" -> REPLICATED;
        case "global" -> GLOBAL;
        case "replicated-job" -> REPLICATED_JOB;
        case "global-job" -> GLOBAL_JOB;
        default -> UNKNOWN;
      };
    }

    /** Whether the service runs one task on every eligible node rather than a number of replicas. */
    boolean global() {
      return this == GLOBAL || this == GLOBAL_JOB;
    }
  }

  private Swarm() {}

  static Optional<YMap> deploy(Service service) {
    return Nodes.map(service.definition(), "deploy");
  }

  static Optional<YMap> placement(Service service) {
    return deploy(service).flatMap(d -> Nodes.map(d, "placement"));
  }

  /** A string scalar (the schema reports any other kind). */
  static Optional<YScalar> string(Optional<YNode> node) {
    return node.filter(n -> n instanceof YScalar s && s.isString()).map(YScalar.class::cast);
  }

  static Optional<YScalar> string(YMap map, String key) {
    return string(map.get(key));
  }

  /** Whether the value came from a variable, which only the deploying machine's environment settles. */
  static boolean deployTime(ComposeFile file, YNode node) {
    return file.deployTime().asWritten(node.at()).isPresent();
  }

  /** The mode, {@link Mode#UNKNOWN} also when it uses a variable or is not a string. */
  static Mode mode(ComposeFile file, Service service) {
    Optional<YNode> mode = deploy(service).flatMap(d -> d.get("mode"));
    if (mode.isEmpty() || mode.get() instanceof YScalar s && s.isNull()) {
      return Mode.REPLICATED;
    }
    return string(mode).filter(s -> !deployTime(file, s)).map(s -> Mode.of(s.text())).orElse(Mode.UNKNOWN);
  }

  /** {@code deploy.replicas} when it is a literal whole number; Go decodes a null as not set. */
  static OptionalLong replicas(ComposeFile file, Service service) {
    return count(file, deploy(service).flatMap(d -> d.get("replicas")));
  }

  /** {@code deploy.placement.max_replicas_per_node} when it is a literal whole number. */
  static OptionalLong maxReplicasPerNode(ComposeFile file, Service service) {
    return count(file, placement(service).flatMap(p -> p.get("max_replicas_per_node")));
  }

  private static OptionalLong count(ComposeFile file, Optional<YNode> node) {
    if (node.isEmpty() || !(node.get() instanceof YScalar s) || s.type() != ScalarType.INT || deployTime(file, s)) {
      return OptionalLong.empty();
    }
    BigInteger value = s.integer();
    return value.signum() < 0 || value.bitLength() > 62 ? OptionalLong.empty() : OptionalLong.of(value.longValue());
  }

  /**
   * Whether the service's tasks can land on several nodes at once: a global service, or more than
   * one replica. A replica count that uses a variable counts as several.
   */
  static boolean multiNode(ComposeFile file, Service service) {
    Mode mode = mode(file, service);
    if (mode.global()) {
      return true;
    }
    Optional<YNode> replicas = deploy(service).flatMap(d -> d.get("replicas"));
    if (replicas.isPresent() && deployTime(file, replicas.get())) {
      return true;
    }
    return replicas(file, service).orElse(1) > 1;
  }

  /**
   * Whether a top-level network, volume, secret or config is external as the docker CLI reads it:
   * {@code external: true}, or any mapping (which names the resource).
   */
  static boolean external(YMap settings) {
    YNode external = settings.get("external").orElse(null);
    return external instanceof YMap || external instanceof YScalar s && s.type() == ScalarType.BOOL && s.bool();
  }

  /** How a message names a service: {@code service "web"}. */
  static String service(Service service) {
    return "service " + Echo.quote(service.name());
  }
}
