package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.model.topology.Topology.Listener;
import io.github.ucpkit.ucp.model.value.Endpoint;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.value.Port;
import java.util.Optional;

/** Shared by the view builders: they run only after validation passed. */
final class Views {

  private Views() {}

  static <T> T valid(Optional<T> value, String what) {
    return value.orElseThrow(() -> new IllegalStateException("validation let an invalid " + what + " through"));
  }

  /** An operator's endpoint from the spec (schema and TOPO-ADDR-001 checked both parts). */
  static Endpoint endpoint(Listener l, String what) {
    return new Endpoint(
        valid(IpAddress.parse(l.address().value()), what + " address"),
        valid(Port.parse(String.valueOf(l.port().value())), what + " port"));
  }
}
