package io.github.ucpkit.ucp.property;

import io.github.ucpkit.ucp.property.RandomProject.Model;
import java.util.List;
import java.util.Map;

/** Writes a {@link Model} as a Compose file per app and a topology spec, every value a quoted scalar. */
final class ProjectYaml {

  private ProjectYaml() {}

  static String compose(Model.App app) {
    StringBuilder sb = new StringBuilder("version: \"2.4\"\nservices:\n");
    for (Model.Service s : app.services) {
      sb.append("  ").append(q(s.name)).append(":\n");
      sb.append("    image: \"example/").append(s.name.toLowerCase()).append(":1.0\"\n");
      list(sb, "expose", s.expose);
      list(sb, "ports", s.ports);
      if (s.networkMode.isPresent()) {
        sb.append("    network_mode: ").append(q(s.networkMode.get())).append('\n');
      } else {
        list(sb, "networks", s.networks);
      }
      StringBuilder labels = new StringBuilder();
      s.hostname.ifPresent(h -> label(labels, "interlock.hostname", h));
      s.domain.ifPresent(d -> label(labels, "interlock.domain", d));
      for (int i = 0; i < s.aliases.size(); i++) {
        label(labels, "interlock.alias_domain" + (i == 0 ? "" : "." + i), s.aliases.get(i));
      }
      s.portLabel.ifPresent(p -> label(labels, "interlock.port", p));
      for (int i = 0; i < s.websockets.size(); i++) {
        label(labels, "interlock.websocket_endpoint" + (i == 0 ? "" : "." + i), s.websockets.get(i));
      }
      s.networkLabel.ifPresent(n -> label(labels, "interlock.network", n));
      s.options.forEach((k, v) -> label(labels, k, v));
      s.limits.forEach((k, v) -> label(labels, k, v));
      if (labels.length() > 0) {
        sb.append("    labels:\n").append(labels);
      }
    }
    sb.append("networks:\n");
    app.networks.forEach(n -> sb.append("  ").append(n).append(":\n"));
    return sb.toString();
  }

  static String topology(Model m) {
    StringBuilder sb = new StringBuilder("version: \"1\"\ncluster:\n  name: ").append(t(m.clusterName))
        .append("\n  domain: ").append(t(m.domain)).append('\n');
    if (!m.platform.equals("ucp2") || m.explicitPlatform) {
      sb.append("  platform: ").append(m.platform).append('\n');
    }
    sb.append("controllers:\n  fqdn: ").append(t(m.fqdn)).append('\n');
    m.controllerPort.ifPresent(p -> sb.append("  port: ").append(p).append('\n'));
    m.kubernetesPort.ifPresent(p -> sb.append("  kubernetesPort: ").append(p).append('\n'));
    sb.append("  loadBalancer:\n    address: ").append(t(m.vip))
        .append("\n    forwardSwarmPort: ").append(m.forwardSwarmPort).append('\n');
    m.stats.ifPresent(a -> sb.append("    stats: { address: ").append(t(a[0])).append(", port: ").append(a[1]).append(" }\n"));
    m.adminSocket.ifPresent(a -> sb.append("    adminSocket: ").append(t(a)).append('\n'));
    m.logTarget.ifPresent(a -> sb.append("    log: { target: ").append(t(a)).append(" }\n"));
    sb.append("  swarmPort: ").append(m.swarmPort).append('\n');
    sb.append("  nodes:\n");
    for (Model.Controller c : m.controllers) {
      sb.append("    - { name: ").append(t(c.name())).append(", address: ").append(t(c.address())).append(", sans: [")
          .append(String.join(", ", c.sans().stream().map(ProjectYaml::t).toList())).append("] }\n");
    }
    m.registry.ifPresent(g -> registry(sb, g));
    sb.append("nodes:\n");
    for (Model.Node n : m.nodes) {
      sb.append("  - { name: ").append(t(n.name())).append(", address: ").append(t(n.address()))
          .append(n.loadBalancer() ? ", loadBalancer: true" : "").append(" }\n");
    }
    sb.append("externalLoadBalancer:\n  mode: ").append(m.mode).append('\n');
    m.resolver.ifPresent(r -> sb.append("  resolver: ").append(t(r)).append('\n'));
    m.proxyAddress.ifPresent(a -> sb.append("  address: ").append(t(a)).append('\n'));
    m.publishMode.ifPresent(p -> sb.append("  publishMode: ").append(p).append('\n'));
    m.publishedPort.ifPresent(p -> sb.append("  publishedPort: ").append(p).append('\n'));
    m.publishedSslPort.ifPresent(p -> sb.append("  publishedSSLPort: ").append(p).append('\n'));
    m.proxyReplicas.ifPresent(p -> sb.append("  proxyReplicas: ").append(p).append('\n'));
    m.images.ifPresent(i -> sb.append("  extensionImage: ").append(t(i[0])).append("\n  proxyImage: ").append(t(i[1])).append('\n'));
    m.bodySize.ifPresent(v -> sb.append("  clientMaxBodySize: ").append(t(v)).append('\n'));
    m.readTimeout.ifPresent(v -> sb.append("  proxyReadTimeout: ").append(t(v)).append('\n'));
    m.status.ifPresent(a -> sb.append("  status: { address: ").append(t(a[0])).append(", port: ").append(a[1]).append(" }\n"));
    if (!m.backends.isEmpty()) {
      sb.append("  backends:\n");
      for (Map.Entry<String, List<String>> b : m.backends.entrySet()) {
        sb.append("    ").append(t(b.getKey())).append(": [")
            .append(String.join(", ", b.getValue().stream().map(ProjectYaml::t).toList())).append("]\n");
      }
    }
    sb.append("dns:\n  ttl: ").append(m.ttl).append("\n  serial: ").append(m.serial).append("\n  nameservers:\n");
    for (String[] ns : m.nameservers) {
      sb.append("    - { name: ").append(t(ns[0])).append(ns[1] == null ? "" : ", address: " + t(ns[1])).append(" }\n");
    }
    sb.append("  wildcard: ").append(m.wildcard).append('\n');
    return sb.toString();
  }

  private static void registry(StringBuilder sb, RandomMke.Registry g) {
    sb.append("registry:\n  fqdn: ").append(t(g.fqdn)).append("\n  loadBalancer:\n    address: ").append(t(g.vip)).append('\n');
    g.httpPort.ifPresent(p -> sb.append("  httpPort: ").append(p).append('\n'));
    g.httpsPort.ifPresent(p -> sb.append("  httpsPort: ").append(p).append('\n'));
    sb.append("  nodes:\n");
    for (Model.Controller c : g.replicas) {
      sb.append("    - { name: ").append(t(c.name())).append(", address: ").append(t(c.address())).append(", sans: [")
          .append(String.join(", ", c.sans().stream().map(ProjectYaml::t).toList())).append("] }\n");
    }
  }

  private static void list(StringBuilder sb, String key, List<String> items) {
    if (!items.isEmpty()) {
      sb.append("    ").append(key).append(":\n");
      items.forEach(i -> sb.append("      - ").append(q(i)).append('\n'));
    }
  }

  private static void label(StringBuilder sb, String key, String value) {
    sb.append("      ").append(q(key)).append(": ").append(q(value)).append('\n');
  }

  /** A YAML double-quoted scalar holding exactly {@code value}, {@code $} doubled: Compose interpolates. */
  static String q(String value) {
    return t(value.replace("$", "$$"));
  }

  /** A YAML double-quoted scalar holding exactly {@code value}, for the topology spec (no interpolation). */
  static String t(String value) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\0' -> sb.append("\\0");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
