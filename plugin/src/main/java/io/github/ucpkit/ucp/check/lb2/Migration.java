package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The equivalent of each label in the other Interlock: the migration table of reference §5
 * (ehazlett/interlock's labels against UCP 3's), read in both directions. Interlock 1.x reads
 * container labels, so it serves services docker-compose creates; Interlock 2 reads swarm service
 * labels, so it serves services {@code docker stack deploy} creates.
 */
final class Migration {

  private Migration() {}

  /** Interlock 1.x labels with no Interlock 2 equivalent, and what to do instead. */
  private static final Map<String, String> NO_V2 = Map.of(
      "ssl", "remove it: Interlock 2 serves TLS for a service that sets com.docker.lb.ssl_cert and com.docker.lb.ssl_key",
      "ssl_only", "Interlock 2 has no working equivalent (com.docker.lb.ssl_only is not read); the nearest is"
          + " com.docker.lb.redirects: \"http://<host>,https://<host>\"",
      "ssl_backend", "Interlock 2 has no equivalent: it cannot re-encrypt to the containers; remove it, or pass TLS"
          + " through with com.docker.lb.ssl_passthrough: \"true\"",
      "ssl_backend_tls_verify", "Interlock 2 has no equivalent; remove it",
      "health_check", "Interlock 2 has no per-service health check; give the service a healthcheck:, and the swarm"
          + " replaces tasks that fail it",
      "health_check_interval", "Interlock 2 has no per-service health check; give the service a healthcheck:",
      "balance_algorithm", "Interlock 2 balances round robin; for affinity use com.docker.lb.sticky_session_cookie or"
          + " com.docker.lb.ip_hash",
      "ext.name", "remove it: UCP runs Interlock 2's proxy itself",
      "app", "remove it: UCP runs Interlock 2's proxy itself");

  /** What to write for an Interlock 1.x label in a file deployed with docker stack deploy. */
  static String toInterlock2(ComposeFile file, Service service, Label label) {
    String name = label.key().substring(Interlock.PREFIX.length());
    String base = name.replaceFirst("\\..*$", "");
    Interlock il = Interlock.of(service);
    switch (name.equals("ext.name") ? name : base) {
      case "hostname", "domain":
        return hosts(il).map(h -> "write com.docker.lb.hosts: " + Echo.quote(h) + " under deploy.labels (full names, comma"
                + " separated)")
            .orElse("write com.docker.lb.hosts under deploy.labels with the full names, comma separated");
      case "alias_domain":
        return "add " + Echo.quote(label.value()) + " to com.docker.lb.hosts under deploy.labels";
      case "port", "context_root", "context_root_rewrite", "ip_hash":
        return "write com.docker.lb." + base + ": " + Echo.quote(label.value()) + " under deploy.labels";
      case "network":
        return "write com.docker.lb.network: " + Echo.quote(file.engineNetworkName(label.value()))
            + " under deploy.labels (the name the stack gives the network)";
      case "websocket_endpoint":
        return "list " + Echo.quote(label.value()) + " in com.docker.lb.websocket_endpoints under deploy.labels (paths,"
            + " comma separated)";
      case "ssl_cert":
        return "write com.docker.lb.ssl_cert under deploy.labels, naming a Docker secret that holds the certificate"
            + " (Interlock 2 takes secrets, not files)";
      case "ssl_cert_key":
        return "write com.docker.lb.ssl_key under deploy.labels, naming a Docker secret that holds the key";
      default:
        return NO_V2.getOrDefault(name.equals("ext.name") ? name : base,
            "it is no Interlock label in either version; remove it");
    }
  }

  /** The hosts value of an Interlock 1.x service: {@code vote.example.com,alias.example.com}. */
  private static Optional<String> hosts(Interlock il) {
    if (il.hostname().isEmpty() || il.domain().isEmpty()) {
      return Optional.empty();
    }
    String host = il.hostname().get().value();
    String domain = il.domain().get().value();
    List<String> names = new ArrayList<>(List.of(host.equals(domain) ? domain : host + "." + domain));
    il.aliasDomains().forEach(a -> names.add(a.value()));
    return Optional.of(String.join(",", names));
  }

  /**
   * What to write for a {@code com.docker.lb.*} label in a file deployed with docker-compose.
   *
   * @param v2 whether the file is a 2.x file, which {@code docker stack deploy} refuses
   */
  static String toInterlock1(Label label, boolean v2) {
    String name = label.key().substring(Interlock2.PREFIX.length());
    return switch (name) {
      case "hosts" -> "with docker-compose, route it with Interlock 1.x labels: interlock.hostname and interlock.domain"
          + " for the first name, interlock.alias_domain.N for the others";
      case "port", "network", "context_root", "context_root_rewrite", "ip_hash", "ssl_only", "ssl_backend",
          "ssl_backend_tls_verify" -> "with docker-compose, write interlock." + name + " (Interlock 1.x)";
      case "websocket_endpoints" -> "with docker-compose, write one interlock.websocket_endpoint.N per path (Interlock 1.x)";
      case "ssl_cert" -> "with docker-compose, write interlock.ssl_cert with the certificate's file name (Interlock 1.x)";
      case "ssl_key" -> "with docker-compose, write interlock.ssl_cert_key with the key's file name (Interlock 1.x)";
      default -> "Interlock 1.x has no equivalent of " + Echo.quote(label.key());
    } + (v2 ? "; or, for Interlock 2, write a 3.x file, deploy it with docker stack deploy and put the label under deploy.labels"
        : "; or deploy the file with docker stack deploy (deployWith=stack) and put the label under deploy.labels");
  }
}
