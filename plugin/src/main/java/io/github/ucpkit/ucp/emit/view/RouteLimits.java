package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.RoutedService;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.ProxyLabels;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.value.NginxDuration;
import io.github.ucpkit.ucp.model.value.NginxSize;
import java.util.List;
import java.util.Optional;

/**
 * What nginx allows one request of a routed service: the largest body and the longest wait between
 * two reads from its container. The one place these are read: a service's own
 * {@code io.github.ucpkit.lb.*} labels, else the topology's cluster defaults, else {@link #DEFAULTS}.
 *
 * @param overrides the service's own labels, which its {@code server} block writes; empty for the cluster
 */
public record RouteLimits(NginxSize clientMaxBodySize, NginxDuration proxyReadTimeout, Overrides overrides) {

  /** What a service sets itself; each list holds zero or one value, so the template only loops. */
  public record Overrides(List<NginxSize> clientMaxBodySize, List<NginxDuration> proxyReadTimeout) {
    static final Overrides NONE = new Overrides(List.of(), List.of());
  }

  /** nginx's own defaults, written out so an operator reads them in the file: 1m, 60s. */
  public static final RouteLimits DEFAULTS = new RouteLimits(size("1m"), duration("60s"), Overrides.NONE);

  private static final NginxDuration WEBSOCKET = duration("1h");

  /** The cluster's defaults from {@code externalLoadBalancer}. */
  public static RouteLimits cluster(Topology t) {
    Topology.Limits l = t.externalLoadBalancer().limits();
    return new RouteLimits(
        l.clientMaxBodySize().map(Located::value).map(RouteLimits::size).orElse(DEFAULTS.clientMaxBodySize),
        l.proxyReadTimeout().map(Located::value).map(RouteLimits::duration).orElse(DEFAULTS.proxyReadTimeout),
        Overrides.NONE);
  }

  /** One routed service's limits: its labels over the cluster's. */
  public static RouteLimits of(RoutedService route, RouteLimits cluster) {
    ProxyLabels labels = ProxyLabels.of(route.service());
    Optional<NginxSize> size = labels.clientMaxBodySize().map(Label::value).map(RouteLimits::size);
    Optional<NginxDuration> timeout = labels.proxyReadTimeout().map(Label::value).map(RouteLimits::duration);
    return new RouteLimits(
        size.orElse(cluster.clientMaxBodySize),
        timeout.orElse(cluster.proxyReadTimeout),
        new Overrides(size.stream().toList(), timeout.stream().toList()));
  }

  /** At a websocket endpoint a quiet hour is normal (a chat nobody writes in), so never less than 1h. */
  public NginxDuration websocketReadTimeout() {
    return proxyReadTimeout.millis() > WEBSOCKET.millis() ? proxyReadTimeout : WEBSOCKET;
  }

  private static NginxSize size(String text) {
    return Views.valid(NginxSize.parse(text), "body size");
  }

  private static NginxDuration duration(String text) {
    return Views.valid(NginxDuration.parse(text), "read timeout");
  }
}
