package io.github.ucpkit.ucp.property;

import io.github.ucpkit.ucp.property.RandomProject.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an app of an interlock2-mode {@link Model} the way MKE's Interlock 2 routes it: a 3.8 file
 * for {@code docker stack deploy} with the route as {@code com.docker.lb.*} labels under
 * {@code deploy.labels}, on overlay networks. Interlock 2 reads no {@code interlock.*} label (LB-MODE-002),
 * so the Interlock 1.x options and the plugin's own limit labels have no place here.
 */
final class StackYaml {

  private StackYaml() {}

  static String stack(Model.App app) {
    StringBuilder sb = new StringBuilder("version: \"3.8\"\nservices:\n");
    for (Model.Service s : app.services) {
      sb.append("  ").append(ProjectYaml.q(s.name)).append(":\n");
      sb.append("    image: \"example/").append(s.name.toLowerCase()).append(":1.0\"\n");
      list(sb, "ports", s.ports);
      list(sb, "networks", s.networks);
      if (s.routed) {
        sb.append("    deploy:\n      labels:\n");
        label(sb, "com.docker.lb.hosts", String.join(",", hosts(s)));
        label(sb, "com.docker.lb.port", port(s));
        s.networkLabel.ifPresent(n -> label(sb, "com.docker.lb.network", n.startsWith(app.project + "_") ? n : app.project + "_" + n));
        if (!s.websockets.isEmpty()) {
          label(sb, "com.docker.lb.websocket_endpoints", String.join(",", s.websockets));
        }
      }
    }
    sb.append("networks:\n");
    app.networks.forEach(n -> sb.append("  ").append(n).append(":\n    driver: overlay\n"));
    return sb.toString();
  }

  /** The route's names, as the Interlock 1.x labels of the same model would claim them. */
  private static List<String> hosts(Model.Service s) {
    List<String> out = new ArrayList<>(List.of(s.fqdn()));
    s.aliases.forEach(out::add);
    return out;
  }

  /** The container port the route goes to: the port label, else the one TCP port the service has. */
  private static String port(Model.Service s) {
    if (s.portLabel.isPresent()) {
      return s.portLabel.get();
    }
    List<String> all = new ArrayList<>(s.expose);
    all.addAll(s.ports);
    return all.stream().filter(p -> !p.contains("/")).findFirst().orElseThrow();
  }

  private static void list(StringBuilder sb, String key, List<String> items) {
    if (!items.isEmpty()) {
      sb.append("    ").append(key).append(":\n");
      items.forEach(i -> sb.append("      - ").append(ProjectYaml.q(i)).append('\n'));
    }
  }

  private static void label(StringBuilder sb, String key, String value) {
    sb.append("        ").append(ProjectYaml.q(key)).append(": ").append(ProjectYaml.q(value)).append('\n');
  }
}
