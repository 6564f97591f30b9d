package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.Port;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which container port a routed service's HTTP goes to, decided once for the route and for LB-PORT-001.
 * Without a port label Interlock takes the first port in Docker's list, so the service needs exactly
 * one container port (a {@code ports} target or an {@code expose} entry), and it must be TCP: HTTP to
 * a UDP port goes nowhere. A port label must be a plain number (Interlock compares it as text with
 * Docker's {@code 80/tcp} keys) naming one of the service's TCP container ports.
 */
public final class ContainerPorts {

  /** How many distinct ports are collected: enough to show in a message, never a whole wide range. */
  public static final int SHOWN = 10;

  /** One container port, written as Docker lists it without the {@code /tcp}. */
  public record ContainerPort(long number, PortSpec.Protocol protocol) {
    @Override
    public String toString() {
      return protocol == PortSpec.Protocol.TCP ? Long.toString(number) : number + "/" + protocol.label();
    }
  }

  /** The outcome: the port, or what is wrong. */
  public sealed interface Choice permits Chosen, Unclear {}

  public record Chosen(Port port) implements Choice {}

  /** @param ports the service's container ports, at most {@link #SHOWN} + 1 */
  public record Unclear(Why why, Set<ContainerPort> ports) implements Choice {}

  public enum Why {
    /** A {@code ports}/{@code expose} entry does not parse or is out of range: counting would guess. */
    INVALID_SPEC,
    /** No container port at all. */
    NONE,
    /** Several container ports and no label. */
    SEVERAL,
    /** One container port, and it is not TCP. */
    NOT_TCP,
    /** The label is not a port number (1-65535). */
    LABEL_NOT_A_PORT,
    /** The label has leading zeros, so Interlock's text comparison would not find it. */
    LABEL_LEADING_ZEROS,
    /** The label names a port the service declares only for UDP or SCTP. */
    LABEL_NOT_TCP,
    /** The label names no container port of the service. */
    LABEL_UNDECLARED
  }

  private ContainerPorts() {}

  /** The port for {@code service}, routed with {@code label} (Interlock's port label) or without one. */
  public static Choice choose(Service service, Optional<Label> label) {
    Set<ContainerPort> ports = of(service);
    if (label.isPresent()) {
      String text = label.get().value();
      Optional<Port> port = Port.parse(text);
      if (port.isEmpty()) {
        return new Unclear(Why.LABEL_NOT_A_PORT, ports);
      }
      int number = port.get().number();
      if (!text.equals(Integer.toString(number))) {
        return new Unclear(Why.LABEL_LEADING_ZEROS, ports);
      }
      if (declares(service, number, PortSpec.Protocol.TCP)) {
        return new Chosen(port.get());
      }
      for (PortSpec.Protocol p : PortSpec.Protocol.values()) {
        if (declares(service, number, p)) {
          return new Unclear(Why.LABEL_NOT_TCP, ports);
        }
      }
      return new Unclear(Why.LABEL_UNDECLARED, ports);
    }
    if (hasInvalid(service)) {
      return new Unclear(Why.INVALID_SPEC, ports);
    }
    if (ports.isEmpty()) {
      return new Unclear(Why.NONE, ports);
    }
    if (ports.size() > 1) {
      return new Unclear(Why.SEVERAL, ports);
    }
    ContainerPort only = ports.iterator().next();
    if (only.protocol() != PortSpec.Protocol.TCP) {
      return new Unclear(Why.NOT_TCP, ports);
    }
    if (only.number() < 1 || only.number() > 65535) {
      return new Unclear(Why.INVALID_SPEC, ports); // COMPOSE-PORT-002 reports the number
    }
    return new Chosen(new Port((int) only.number()));
  }

  /** Whether a {@code ports}/{@code expose} entry is not a port at all or holds a number outside 1-65535. */
  public static boolean hasInvalid(Service service) {
    for (PortSpec spec : all(service)) {
      if (spec instanceof PortSpec.Invalid) {
        return true;
      }
      if (spec instanceof PortSpec.Mapping m && (m.target().first() < 1 || m.target().last() > 65535)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code ports} or {@code expose} declares container port {@code number} for {@code protocol}. */
  public static boolean declares(Service service, long number, PortSpec.Protocol protocol) {
    for (PortSpec spec : all(service)) {
      if (spec instanceof PortSpec.Mapping m && m.protocol() == protocol
          && m.target().first() <= number && number <= m.target().last()) {
        return true;
      }
    }
    return false;
  }

  /** Distinct container ports in declaration order, at most one more than a message shows. */
  public static Set<ContainerPort> of(Service service) {
    Set<ContainerPort> out = new LinkedHashSet<>();
    for (PortSpec spec : all(service)) {
      if (spec instanceof PortSpec.Mapping m) {
        long first = m.target().first();
        for (long n = first; n >= first && n <= m.target().last() && out.size() <= SHOWN; n++) {
          out.add(new ContainerPort(n, m.protocol()));
        }
      }
    }
    return out;
  }

  private static List<PortSpec> all(Service service) {
    List<PortSpec> all = new ArrayList<>(service.ports());
    all.addAll(service.expose());
    return all;
  }
}
