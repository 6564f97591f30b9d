package io.github.ucpkit.ucp.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A random project: a Compose file and a topology spec built from a seed, mostly well-formed, with a
 * share of values mutated to hold a hostile character. Every mutation carries a unique marker
 * ({@code Zq123;qZ}) so a test can tell whether a rejected value leaked into a generated file.
 */
record RandomProject(String compose, String topology, Set<String> markers) {

  private static final String[] HOSTILE = {";", "{", "}", "\"", "'", "#", "$", "\\", "%", " ", "\n", "\t", "\0", "\u00e9", "/", ":"};
  private static final String ZONE = "example.com";

  static RandomProject of(Random r) {
    Builder b = new Builder(r);
    return new RandomProject(b.compose(), b.topology(), b.markers);
  }

  private static final class Builder {
    final Random r;
    final Set<String> markers = new TreeSet<>();
    final List<String> routed = new ArrayList<>();

    final boolean clean;

    Builder(Random r) {
      this.r = r;
      this.clean = r.nextDouble() < 0.4;
    }

    /** The value, or (with probability p) the value with a marked hostile piece inside. */
    String maybe(String value, double p) {
      // a third of the projects get no mutation at all, so valid projects are common enough
      if (clean || r.nextDouble() >= p) {
        return value;
      }
      String marker = "Zq" + r.nextInt(1_000_000) + HOSTILE[r.nextInt(HOSTILE.length)] + "qZ";
      markers.add(marker);
      int cut = r.nextInt(value.length() + 1);
      return value.substring(0, cut) + marker + value.substring(cut);
    }

    String label() {
      String[] words = {"web", "api", "vote", "results", "shop", "admin", "blog", "app", "x", "svc"};
      return words[r.nextInt(words.length)] + (r.nextBoolean() ? "" : "-" + r.nextInt(100));
    }

    String compose() {
      StringBuilder sb = new StringBuilder("version: " + (r.nextDouble() < 0.03 ? "2.4" : "\"2." + r.nextInt(5) + "\"") + "\n");
      sb.append("services:\n");
      int services = 1 + r.nextInt(4);
      boolean declareFront = r.nextDouble() < 0.95;
      for (int i = 0; i < services; i++) {
        String name = maybe(i == 0 ? "web" : label() + i, 0.03);
        sb.append("  ").append(q(name)).append(":\n");
        sb.append("    image: ").append(q(maybe("example/" + label() + ":1." + r.nextInt(9), 0.05))).append('\n');
        boolean route = r.nextDouble() < 0.7;
        int port = r.nextDouble() < 0.02 ? 70_000 : 1 + r.nextInt(65_535);
        sb.append("    expose:\n      - ").append(q(Integer.toString(port))).append('\n');
        if (route) {
          routed.add(name);
          sb.append("    labels:\n");
          sb.append("      interlock.hostname: ").append(q(maybe(label() + i, 0.1))).append('\n');
          String domain = r.nextDouble() < 0.9 ? ZONE : r.nextDouble() < 0.7 ? "sub." + ZONE : "other.org";
          sb.append("      interlock.domain: ").append(q(maybe(domain, 0.08))).append('\n');
          if (r.nextBoolean()) {
            sb.append("      interlock.alias_domain: ").append(q(maybe("www" + i + "." + ZONE, 0.1))).append('\n');
          }
          if (r.nextDouble() < 0.3) {
            sb.append("      interlock.websocket_endpoint: ").append(q(maybe("/ws" + i, 0.1))).append('\n');
          }
          if (r.nextDouble() < 0.2) {
            sb.append("      interlock.port: ").append(q(maybe(Integer.toString(port), 0.1))).append('\n');
          }
          if (r.nextDouble() < 0.3) {
            sb.append("      io.github.ucpkit.lb.client_max_body_size: ").append(q(maybe(size(), 0.1))).append('\n');
          }
          if (r.nextDouble() < 0.3) {
            sb.append("      io.github.ucpkit.lb.proxy_read_timeout: ").append(q(maybe(duration(), 0.1))).append('\n');
          }
        }
        if (r.nextBoolean()) {
          sb.append("    networks:\n      - ").append(q(maybe("front", 0.03))).append('\n');
        }
      }
      if (declareFront) {
        sb.append("networks:\n  front:\n");
      }
      return sb.toString();
    }

    String topology() {
      int[] counts = {1, 3, 3, 3, 3, 5, 5, 7, 7, 2, 4};
      int controllers = counts[r.nextInt(counts.length)];
      boolean v6 = r.nextDouble() < 0.2;
      StringBuilder sb = new StringBuilder("version: \"1\"\ncluster:\n  name: ").append(q(maybe("prod", 0.03)))
          .append("\n  domain: ").append(q(maybe(ZONE, 0.03))).append('\n');
      sb.append("controllers:\n  fqdn: ").append(q(maybe("ucp." + ZONE, 0.04))).append('\n');
      sb.append("  loadBalancer:\n    address: ").append(q(maybe(v6 ? "2001:db8::1:1" : "10.0.1.1", 0.03)))
          .append("\n    forwardSwarmPort: ").append(r.nextBoolean()).append('\n');
      if (r.nextDouble() < 0.3) {
        sb.append("    stats: { address: ").append(q(maybe(v6 ? "::1" : "127.0.0.1", 0.05))).append(", port: 8404 }\n");
      }
      if (r.nextDouble() < 0.3) {
        // not mutated: a marker holding "/" makes another valid path, which is no leak
        sb.append("    adminSocket: /run/haproxy/admin.sock\n");
      }
      if (r.nextDouble() < 0.3) {
        String[] targets = {"stdout", "stderr", "/dev/log", "10.0.4.5:514", "[2001:db8::5]:514"};
        sb.append("    log: { target: ").append(q(maybe(targets[r.nextInt(targets.length)], 0.05))).append(" }\n");
      }
      sb.append("  swarmPort: ").append(r.nextDouble() < 0.03 ? 70_000 : 1 + r.nextInt(65_535)).append('\n');
      sb.append("  nodes:\n");
      for (int i = 1; i <= controllers; i++) {
        String address = v6 ? "2001:db8::" + Integer.toHexString(i) : "10.0.0." + i;
        String san = r.nextDouble() < 0.01 ? "other." + ZONE : "ucp." + ZONE;
        sb.append("    - { name: ").append(q(maybe("c" + i, 0.03))).append(", address: ").append(q(maybe(address, 0.03)))
            .append(", sans: [").append(q(maybe(san, 0.03))).append("] }\n");
      }
      sb.append("nodes:\n");
      for (int i = 1; i <= 3; i++) {
        sb.append("  - { name: w").append(i).append(", address: \"10.0.2.").append(i).append("\" }\n");
      }
      int lbs = r.nextDouble() < 0.05 ? 0 : 1 + r.nextInt(2);
      for (int i = 1; i <= lbs; i++) {
        String address = i == 2 && v6 ? "2001:db8::20" : "10.0.3." + i;
        sb.append("  - { name: lb").append(i).append(", address: ").append(q(maybe(address, 0.03))).append(", loadBalancer: true }\n");
      }
      String[] modes = {"dns", "static", "interlock"};
      String mode = modes[r.nextInt(3)];
      sb.append("externalLoadBalancer:\n  mode: ").append(mode).append('\n');
      if (r.nextDouble() < 0.3) {
        sb.append("  clientMaxBodySize: ").append(q(maybe(size(), 0.05))).append('\n');
      }
      if (r.nextDouble() < 0.3) {
        sb.append("  proxyReadTimeout: ").append(q(maybe(duration(), 0.05))).append('\n');
      }
      if (!mode.equals("interlock") && r.nextDouble() < 0.3) {
        sb.append("  status: { address: ").append(q(maybe("127.0.0.1", 0.05))).append(", port: 8081 }\n");
      }
      if (mode.equals("dns")) {
        sb.append("  resolver: ").append(q(maybe(v6 ? "2001:db8::53" : "127.0.0.11", 0.03))).append('\n');
      }
      if (mode.equals("static") && !routed.isEmpty()) {
        sb.append("  backends:\n");
        for (String service : routed) {
          if (r.nextDouble() < 0.95) {
            sb.append("    ").append(q(service)).append(": [").append(q(maybe("10.0.2.1:" + (1 + r.nextInt(65_535)), 0.05)))
                .append(", \"[2001:db8::2:2]:8080\"]\n");
          }
        }
      }
      long ttl = r.nextDouble() < 0.02 ? 0 : 1 + r.nextInt(86_400);
      sb.append("dns:\n  ttl: ").append(ttl).append("\n  serial: ").append(r.nextBoolean() ? "auto" : Long.toString(1 + r.nextInt(1 << 30)))
          .append("\n  nameservers:\n");
      sb.append("    - { name: ").append(q(maybe("ns1." + ZONE, 0.03))).append(", address: \"10.0.4.53\" }\n");
      sb.append("    - { name: ns2.provider.example.net }\n");
      sb.append("  wildcard: ").append(r.nextBoolean()).append('\n');
      return sb.toString();
    }

    String size() {
      String[] units = {"", "k", "m", "g", "K", "M"};
      return (1 + r.nextInt(64)) + units[r.nextInt(units.length)];
    }

    String duration() {
      String[] durations = {"1s", "90", "5m", "2h", "24h", "1500ms", "30s"};
      return durations[r.nextInt(durations.length)];
    }

    /** A YAML double-quoted scalar holding exactly {@code value}; {@code $} doubled for Compose. */
    private static String q(String value) {
      StringBuilder sb = new StringBuilder("\"");
      for (char c : value.replace("$", "$$").toCharArray()) {
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
}
