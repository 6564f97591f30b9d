package io.github.ucpkit.ucp.model.route;

import java.util.List;

/**
 * Why a route cannot be resolved, with the rule ids that report it: validation that finds no error
 * has reported none of these, so rendering never meets one (GeneratedArtifactsPropertyTest holds
 * the resolver and the rules to that). Several ids: any one of them reports it (LB-VAL-001 reports a
 * value with a character that could change a config, and the value's own rule then stays quiet). A
 * new label family ({@link RouteSource}) reuses these problems and adds the ids of its own rules.
 */
public enum Problem {
  /** A host name without a domain, or the reverse. */
  NAME_INCOMPLETE("LB-HOST-001"),
  /** A host name, domain or alias is not a DNS name. */
  NAME_INVALID("LB-HOST-003", "LB-VAL-001", "LB-VAL-003"),
  /** Host name and domain are valid, the name they make is not (too long, an all-digit last label). */
  NAME_JOINED_INVALID("LB-HOST-003"),
  /** No single TCP container port, or a port label that names none. */
  PORT_UNCLEAR("LB-PORT-001", "LB-VAL-001"),
  /** A {@code ports}/{@code expose} entry the port rules reject, so ports cannot be counted. */
  PORT_SPEC_INVALID("COMPOSE-PORT-001", "COMPOSE-PORT-002"),
  /** A websocket endpoint is not a URL path. */
  WEBSOCKET_INVALID("LB-WS-001", "LB-VAL-001"),
  /** A websocket endpoint is {@code /}, which the route's own location already takes. */
  WEBSOCKET_ROOT("LB-WS-002"),
  /** The network label names a network the service does not join. */
  NETWORK_NOT_JOINED("LB-NET-001", "LB-VAL-001", "LB-NET-003"),
  /** Interlock 2: the routed network is not an overlay network, which swarm services and the proxy need. */
  NETWORK_NOT_OVERLAY("LB-NET-003"),
  /** Interlock 2: a value does not have its label's syntax (a port, a boolean, a list of paths ...). */
  VALUE_INVALID("LB-VAL-003"),
  /** Interlock 2: no {@code com.docker.lb.port}, or one that names a published port instead of the container's. */
  CONTAINER_PORT_UNKNOWN("LB-PORT-002"),
  /** Interlock 2: a context root that is not one path, or a rewrite without one. */
  CONTEXT_ROOT_INVALID("LB-CTX-001"),
  /** Interlock 2: redirects that are not source/target URL pairs for hosts of the service, or that cannot work. */
  REDIRECT_INVALID("LB-REDIR-001"),
  /** Interlock 2: two kinds of session affinity at once, or affinity in vip mode. */
  AFFINITY_CONFLICT("LB-STICKY-001"),
  /** Interlock 2: TLS labels that cannot work: a certificate without its key, a secret name, passthrough without a network. */
  TLS_INVALID("LB-TLS-001"),
  /** The service's name, or the engine name of a network it is reached on, is not a Docker name. */
  DOCKER_NAME_INVALID("LB-NET-002"),
  /** The service joins no network the load balancer could join ({@code network_mode}). */
  NO_NETWORK("XREF-NET-001");

  private final List<String> reportedBy;

  Problem(String... reportedBy) {
    this.reportedBy = List.of(reportedBy);
  }

  /** The rules that report it; an error from any one of them accounts for it. */
  public List<String> reportedBy() {
    return reportedBy;
  }
}
