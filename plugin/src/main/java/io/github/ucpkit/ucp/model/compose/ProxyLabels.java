package io.github.ucpkit.ucp.model.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service's labels in the plugin's own namespace, {@code io.github.ucpkit.lb.}: per-service
 * settings of the external load balancer that Interlock's labels have no word for. They sit next to
 * {@code interlock.hostname} on the service they concern, so an app's owner sets them in the app's
 * own Compose file, and a label belongs to exactly one routed service however many apps share the
 * cluster. Each key is the nginx directive it sets, so its value takes that directive's syntax.
 * Labels with the prefix but another key land in {@link #unknown()}. They are read from
 * {@code labels} and from {@code deploy.labels}, where a stack file keeps its {@code com.docker.lb.*}
 * labels; a key set in both takes the {@code deploy.labels} value.
 */
public record ProxyLabels(Optional<Label> clientMaxBodySize, Optional<Label> proxyReadTimeout, List<Label> unknown) {

  /** Reverse-DNS of the project (Docker reserves com.docker.*, and asks tools for a prefix of their own). */
  public static final String PREFIX = "io.github.ucpkit.lb.";
  public static final String CLIENT_MAX_BODY_SIZE = PREFIX + "client_max_body_size";
  public static final String PROXY_READ_TIMEOUT = PREFIX + "proxy_read_timeout";

  public ProxyLabels {
    unknown = List.copyOf(unknown);
  }

  public static ProxyLabels of(Service service) {
    Label size = null;
    Label timeout = null;
    List<Label> unknown = new ArrayList<>();
    List<Label> all = new ArrayList<>(service.labels());
    all.addAll(service.deployLabels());
    for (Label l : all) {
      if (l.key().equals(CLIENT_MAX_BODY_SIZE)) {
        size = l;
      } else if (l.key().equals(PROXY_READ_TIMEOUT)) {
        timeout = l;
      } else if (l.key().startsWith(PREFIX)) {
        unknown.add(l);
      }
    }
    return new ProxyLabels(Optional.ofNullable(size), Optional.ofNullable(timeout), unknown);
  }
}
