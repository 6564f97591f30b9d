package io.github.ucpkit.ucp.model.topology;

import io.github.ucpkit.ucp.model.value.Endpoint;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.value.Port;
import java.util.Optional;

/** One static backend of the external load balancer: {@code 10.10.20.11:8080} or {@code [2001:db8::11]:8080}. */
public record StaticBackend(IpAddress address, Port port) implements Comparable<StaticBackend> {

  public static Optional<StaticBackend> parse(String text) {
    return Endpoint.parse(text).map(e -> new StaticBackend(e.address(), e.port()));
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
