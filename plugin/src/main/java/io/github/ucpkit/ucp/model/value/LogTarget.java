package io.github.ucpkit.ucp.model.value;

import java.util.Optional;

/**
 * Where a load balancer sends its log: its own standard output or error (what {@code docker logs}
 * and journald read), a local syslog socket ({@code /dev/log}), or a syslog server over UDP
 * ({@code 10.10.0.5:514}, {@code [2001:db8::5]:514}).
 */
public sealed interface LogTarget {

  /** {@code stdout} or {@code stderr}. */
  record Stream(String name) implements LogTarget {}

  record Unix(SocketPath path) implements LogTarget {}

  record Udp(Endpoint endpoint) implements LogTarget {}

  static Optional<LogTarget> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.equals("stdout") || text.equals("stderr")) {
      return Optional.of(new Stream(text));
    }
    if (text.startsWith("/")) {
      return SocketPath.parse(text).map(Unix::new);
    }
    return Endpoint.parse(text).map(Udp::new);
  }

  /** As HAProxy's {@code log} directive takes it. */
  default String haproxy() {
    if (this instanceof Stream s) {
      return s.name();
    }
    if (this instanceof Unix u) {
      return u.path().value();
    }
    return ((Udp) this).endpoint().text();
  }

  /** stdout and stderr take HAProxy's raw format (no syslog header), syslog targets its default. */
  default boolean raw() {
    return this instanceof Stream;
  }
}
