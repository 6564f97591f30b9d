package io.github.ucpkit.ucp.model.topology;

import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.value.Port;
import java.util.Optional;

/** One static backend of the external load balancer: {@code 10.10.20.11:8080} or {@code [2001:db8::11]:8080}. */
public record StaticBackend(IpAddress address, Port port) implements Comparable<StaticBackend> {

  public static Optional<StaticBackend> parse(String text) {
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
    return ip.isPresent() && p.isPresent() ? Optional.of(new StaticBackend(ip.get(), p.get())) : Optional.empty();
  }

  /** As nginx writes it in an {@code upstream}: {@code host:port}, IPv6 in brackets. */
  public String text() {
    return address.hostPart() + ":" + port;
  }

  @Override
  public int compareTo(StaticBackend o) {
    int c = address.compareTo(o.address);
    return c != 0 ? c : port.compareTo(o.port);
  }
}
