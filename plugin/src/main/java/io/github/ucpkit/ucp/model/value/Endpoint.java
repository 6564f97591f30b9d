package io.github.ucpkit.ucp.model.value;

import java.util.Optional;

/**
 * An IP literal and a port, written {@code 10.10.20.11:8080} or {@code [2001:db8::11]:8080}: the
 * brackets are required for IPv6, since {@code 2001:db8::21:8081} could end in a group or a port.
 */
public record Endpoint(IpAddress address, Port port) implements Comparable<Endpoint> {

  public static Optional<Endpoint> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String host;
    String port;
    if (text.startsWith("[")) {
      int close = text.indexOf("]:");
      if (close < 0) {
        return Optional.empty();
      }
      host = text.substring(1, close);
      port = text.substring(close + 2);
      if (!host.contains(":")) {
        return Optional.empty();
      }
    } else {
      int colon = text.lastIndexOf(':');
      if (colon < 0 || text.indexOf(':') != colon) {
        return Optional.empty();
      }
      host = text.substring(0, colon);
      port = text.substring(colon + 1);
    }
    Optional<IpAddress> ip = IpAddress.parse(host);
    Optional<Port> p = Port.parse(port);
    return ip.isPresent() && p.isPresent() ? Optional.of(new Endpoint(ip.get(), p.get())) : Optional.empty();
  }

  /** {@code host:port}, IPv6 in brackets: how nginx's {@code listen} and HAProxy's {@code bind} take it. */
  public String text() {
    return address.hostPart() + ":" + port;
  }

  @Override
  public int compareTo(Endpoint o) {
    int c = address.compareTo(o.address);
    return c != 0 ? c : port.compareTo(o.port);
  }

  @Override
  public String toString() {
    return text();
  }
}
