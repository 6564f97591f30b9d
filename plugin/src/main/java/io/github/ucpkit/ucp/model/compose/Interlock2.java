package io.github.ucpkit.ucp.model.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list of labels' Interlock 2 ({@code com.docker.lb.*}) entries, sorted by meaning: the labels
 * UCP 3 and MKE 3 document, the three early ones Interlock no longer reads ({@link #removed()}), and
 * the rest ({@link #unknown()}). Interlock 2 reads these from swarm service labels, which a stack
 * file sets under {@code deploy.labels}; where each value is parsed and which route the labels
 * make is {@code model.route.Interlock2Labels}' business.
 */
public record Interlock2(Map<Interlock2.Key, Label> known, List<Label> removed, List<Label> unknown) {

  public static final String PREFIX = "com.docker.lb.";

  /** The documented labels (docker/docs labels-reference.md; MKE 3.4-3.7 "Use service labels"). */
  public enum Key {
    HOSTS("hosts"),
    PORT("port"),
    NETWORK("network"),
    CONTEXT_ROOT("context_root"),
    CONTEXT_ROOT_REWRITE("context_root_rewrite"),
    SSL_CERT("ssl_cert"),
    SSL_KEY("ssl_key"),
    SSL_PASSTHROUGH("ssl_passthrough"),
    WEBSOCKET_ENDPOINTS("websocket_endpoints"),
    SERVICE_CLUSTER("service_cluster"),
    STICKY_SESSION_COOKIE("sticky_session_cookie"),
    REDIRECTS("redirects"),
    BACKEND_MODE("backend_mode"),
    DEFAULT_BACKEND("default_backend"),
    IP_HASH("ip_hash");

    private final String name;

    Key(String name) {
      this.name = name;
    }

    /** The part after the prefix: {@code hosts}. */
    public String shortName() {
      return name;
    }

    /** The whole label: {@code com.docker.lb.hosts}. */
    public String label() {
      return PREFIX + name;
    }

    public static Optional<Key> of(String shortName) {
      return Arrays.stream(values()).filter(k -> k.name.equals(shortName)).findFirst();
    }
  }

  /** Early labels Interlock 2 never acted on or no longer reads (docker/docs#8181, #8902). */
  public static final List<String> REMOVED = List.of("ssl_only", "ssl_backend", "ssl_backend_tls_verify");

  public Interlock2 {
    known = known.isEmpty() ? Map.of() : new EnumMap<>(known);
    removed = List.copyOf(removed);
    unknown = List.copyOf(unknown);
  }

  /** The {@code com.docker.lb.*} labels among {@code labels}; a label set twice counts with its last value, as Docker's map keeps it. */
  public static Interlock2 of(List<Label> labels) {
    Map<Key, Label> known = new EnumMap<>(Key.class);
    List<Label> removed = new ArrayList<>();
    List<Label> unknown = new ArrayList<>();
    for (Label l : labels) {
      if (!l.key().startsWith(PREFIX)) {
        continue;
      }
      String name = l.key().substring(PREFIX.length());
      Optional<Key> key = Key.of(name);
      if (key.isPresent()) {
        known.put(key.get(), l);
      } else if (REMOVED.contains(name)) {
        removed.add(l);
      } else {
        unknown.add(l);
      }
    }
    return new Interlock2(known, removed, unknown);
  }

  /** The service's swarm labels ({@code deploy.labels}), where Interlock 2 reads them. */
  public static Interlock2 of(Service service) {
    return of(service.deployLabels());
  }

  public Optional<Label> get(Key key) {
    return Optional.ofNullable(known.get(key));
  }

  /** Whether Interlock 2 routes names to the service: it needs {@code com.docker.lb.hosts}. */
  public boolean routed() {
    return known.containsKey(Key.HOSTS);
  }

  /** Whether any {@code com.docker.lb.*} label is present, known or not. */
  public boolean any() {
    return !known.isEmpty() || !removed.isEmpty() || !unknown.isEmpty();
  }

  /** Whether a label is a {@code com.docker.lb.*} label. */
  public static boolean isOne(Label label) {
    return label.key().startsWith(PREFIX);
  }
}
