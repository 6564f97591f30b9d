package io.github.ucpkit.ucp.model.compose;

import io.github.ucpkit.ucp.diag.Location;
import java.util.Optional;

/**
 * One entry of a service's {@code ports}, parsed once: either a mapping or the reason it is not one.
 */
public sealed interface PortSpec permits PortSpec.Mapping, PortSpec.Invalid {

  Location at();

  /** TCP, UDP or SCTP. */
  enum Protocol {
    TCP, UDP, SCTP;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A range of port numbers; a single port has {@code first == last}. Numbers are not range-checked here. */
  record Range(long first, long last) {
    public long length() {
      return last - first + 1;
    }

    @Override
    public String toString() {
      return first == last ? Long.toString(first) : first + "-" + last;
    }
  }

  /**
   * {@code [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]}: the container port range, and the host side when
   * published. A published range longer than a single target port ({@code 8000-8010:80}) is a set of
   * candidates: the engine binds one free port from it.
   */
  record Mapping(String text, Optional<String> hostIp, Optional<Range> published, Range target, Protocol protocol, Location at)
      implements PortSpec {}

  /** Text that docker's port grammar rejects, and why. */
  record Invalid(String text, String reason, Location at) implements PortSpec {}
}
