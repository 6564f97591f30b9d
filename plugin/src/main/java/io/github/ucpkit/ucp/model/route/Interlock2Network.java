package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.compose.Resource;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.List;
import java.util.Optional;

/**
 * Where Interlock 2 reaches a service: the network {@code com.docker.lb.network} names, and the
 * container port {@code com.docker.lb.port} names. In a stack the engine names a network
 * {@code <stack>_<key>} unless it sets {@code name:} (or is external), and the label must use that
 * name: Interlock looks the network up as the engine knows it (docker/docs#7699). The port is the
 * one the container listens on, reached over the network, so it need not be published.
 */
public final class Interlock2Network {

  private Interlock2Network() {}

  /** What a network label names, relative to the service. */
  public sealed interface Choice permits Joined, Unprefixed, OtherStack, NotJoined, Undeclared {}

  /** A network the service joins, by its engine name. */
  public record Joined(NetworkAttachment attachment) implements Choice {}

  /** A network the service joins, named by its key in the file instead of its engine name. */
  public record Unprefixed(NetworkAttachment attachment, String engineName) implements Choice {}

  /**
   * A network the service joins, named as a stack of another name would name it ({@code flask_kv} for
   * key {@code kv}, where this build deploys the stack as {@code shop}, naming it {@code shop_kv}).
   */
  public record OtherStack(NetworkAttachment attachment, String stack, String engineName) implements Choice {}

  /** A network of the file the service does not join. */
  public record NotJoined(Resource network) implements Choice {}

  /** No network of the file, joined or not. */
  public record Undeclared() implements Choice {}

  public static Choice choose(ComposeFile file, Service service, String wanted) {
    for (NetworkAttachment n : service.networks()) {
      if (file.engineNetworkName(n.network()).equals(wanted)) {
        return new Joined(n);
      }
    }
    for (NetworkAttachment n : service.networks()) {
      String engine = file.engineNetworkName(n.network());
      if (n.network().equals(wanted)) {
        return new Unprefixed(n, engine);
      }
      String suffix = "_" + n.network();
      if (engine.equals(file.project() + suffix) && wanted.endsWith(suffix) && wanted.length() > suffix.length()) {
        return new OtherStack(n, wanted.substring(0, wanted.length() - suffix.length()), engine);
      }
    }
    return file.networks().stream()
        .filter(r -> r.name().equals(wanted) || file.engineNetworkName(r).equals(wanted))
        .findFirst()
        .<Choice>map(NotJoined::new)
        .orElseGet(Undeclared::new);
  }

  /**
   * The driver of a network the service joins when it is not {@code overlay}: swarm services join only
   * swarm-scoped networks, and a stack creates its own networks with the overlay driver unless told
   * otherwise. Empty for an overlay network, an external one (created elsewhere, its driver unknown
   * here) and the implicit {@code default}.
   */
  public static Optional<String> notOverlay(ComposeFile file, NetworkAttachment n) {
    Optional<Resource> declared = file.network(n.network());
    if (declared.isEmpty() || declared.get().external() || declared.get().definition().isEmpty()) {
      return Optional.empty();
    }
    return declared.get().definition().get().get("driver")
        .filter(YScalar.class::isInstance)
        .map(d -> ((YScalar) d).value())
        .filter(d -> !d.equals("overlay"));
  }

  /**
   * Whether {@code port} is only a published (host-side) port of the service: published by a
   * {@code ports} entry whose container port differs, and no container port of the service. The
   * label then names the routing mesh's port, which the proxy does not use (docker/docs#6240).
   */
  public static Optional<PortSpec.Mapping> publishedOnly(Service service, Port port) {
    if (ContainerPorts.declares(service, port.number(), PortSpec.Protocol.TCP)) {
      return Optional.empty();
    }
    List<PortSpec> ports = service.ports();
    for (PortSpec spec : ports) {
      if (spec instanceof PortSpec.Mapping m && m.published().isPresent()
          && m.published().get().first() <= port.number() && port.number() <= m.published().get().last()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
