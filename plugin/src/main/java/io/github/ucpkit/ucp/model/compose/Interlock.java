package io.github.ucpkit.ucp.model.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A service's Interlock 1.x labels, sorted by meaning. Interlock routes {@code hostname.domain} (or
 * just {@code domain} when both are equal) to the service; multi-value labels take a suffix
 * ({@code interlock.alias_domain.0}). Labels outside Interlock's list land in {@link #unknown()}.
 * What route the labels make is derived once, by {@code model.route.InterlockLabels}.
 */
public record Interlock(
    Optional<Label> hostname,
    Optional<Label> domain,
    Optional<Label> port,
    Optional<Label> network,
    List<Label> websocketEndpoints,
    List<Label> aliasDomains,
    List<Label> flags,
    List<Label> options,
    List<Label> unknown) {

  public static final String PREFIX = "interlock.";

  /** Labels whose mere presence switches a behaviour on in Interlock, whatever their value. */
  public static final List<String> FLAGS =
      List.of("ssl", "ssl_only", "ssl_backend", "context_root_rewrite", "ip_hash");

  /** Single-value labels with a free-form value each rule validates on its own terms. */
  public static final List<String> OPTIONS =
      List.of(
          "ext.name", "app", "ssl_cert", "ssl_cert_key", "ssl_backend_tls_verify", "context_root",
          "health_check", "health_check_interval", "balance_algorithm");

  private static final Pattern MULTI = Pattern.compile("(websocket_endpoint|alias_domain|backend_option)(\\.[A-Za-z0-9_-]+)?");

  public Interlock {
    websocketEndpoints = List.copyOf(websocketEndpoints);
    aliasDomains = List.copyOf(aliasDomains);
    flags = List.copyOf(flags);
    options = List.copyOf(options);
    unknown = List.copyOf(unknown);
  }

  public static Interlock of(Service service) {
    Label hostname = null;
    Label domain = null;
    Label port = null;
    Label network = null;
    List<Label> ws = new ArrayList<>();
    List<Label> aliases = new ArrayList<>();
    List<Label> flags = new ArrayList<>();
    List<Label> options = new ArrayList<>();
    List<Label> unknown = new ArrayList<>();
    for (Label l : service.labels()) {
      if (!l.key().startsWith(PREFIX)) {
        continue;
      }
      String name = l.key().substring(PREFIX.length());
      var multi = MULTI.matcher(name);
      switch (name) {
        case "hostname" -> hostname = l;
        case "domain" -> domain = l;
        case "port" -> port = l;
        case "network" -> network = l;
        default -> {
          if (multi.matches()) {
            switch (multi.group(1)) {
              case "websocket_endpoint" -> ws.add(l);
              case "alias_domain" -> aliases.add(l);
              default -> options.add(l);
            }
          } else if (FLAGS.contains(name)) {
            flags.add(l);
          } else if (OPTIONS.contains(name)) {
            options.add(l);
          } else {
            unknown.add(l);
          }
        }
      }
    }
    return new Interlock(
        Optional.ofNullable(hostname), Optional.ofNullable(domain), Optional.ofNullable(port),
        Optional.ofNullable(network), ws, aliases, flags, options, unknown);
  }

  /** Whether Interlock would route to the service: it lists only containers with a hostname label. */
  public boolean routed() {
    return hostname.isPresent() || domain.isPresent();
  }

  public Optional<Label> option(String name) {
    return options.stream().filter(l -> l.key().equals(PREFIX + name)).findFirst();
  }
}
