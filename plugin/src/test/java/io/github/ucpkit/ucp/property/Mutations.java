package io.github.ucpkit.ucp.property;

import io.github.ucpkit.ucp.property.RandomProject.Model;
import io.github.ucpkit.ucp.property.RandomProject.Model.Service;
import io.github.ucpkit.ucp.property.RandomProject.Mutation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Ways to break a valid project, each aimed at one rule: the property test requires that rule's
 * error, so a mutation that slips through, or is caught only by accident, fails the build. A
 * mutation returns the rule it targets, or empty when the project offers nothing to break that way.
 */
final class Mutations {

  /** Characters that may change a config's structure (LB-VAL-001) or that no DNS name holds (LB-HOST-003). */
  private static final String[] UNSAFE = {";", "{", "}", "\"", "'", "#", "$", "\\", "%", " ", "\n", "\t"};
  private static final String[] NOT_IN_NAMES = {"\u00e9", "/", ":", "_", "*", "\u212a"};

  /** One way to break a project: it returns the rule that must report it, or empty when it does not apply. */
  record Kind(String name, boolean onLabels, BiFunction<Model, Random, Optional<String>> apply) {

    Kind(String name, BiFunction<Model, Random, Optional<String>> apply) {
      this(name, false, apply);
    }

    /** A mutation of a route's Interlock 1.x labels: interlock2 mode writes none ({@link StackYaml}). */
    static Kind labels(String name, BiFunction<Model, Random, Optional<String>> apply) {
      return new Kind(name, true, apply);
    }
  }

  private static final List<Kind> KINDS = Stream.concat(Stream.of(
      Kind.labels("hostile character in interlock.hostname", (m, r) -> routed(m, r).map(s -> {
        String c = hostile(r);
        s.hostname = Optional.of(insert(s.hostname.get(), c, r));
        return nameRule(c);
      })),
      Kind.labels("hostile character in interlock.domain", (m, r) -> routed(m, r).map(s -> {
        String c = hostile(r);
        s.domain = Optional.of(insert(s.domain.get(), c, r));
        return nameRule(c);
      })),
      Kind.labels("hostile character in an alias", (m, r) -> routed(m, r).filter(s -> !s.aliases.isEmpty()).map(s -> {
        String c = hostile(r);
        s.aliases.set(0, insert(s.aliases.get(0), c, r));
        return nameRule(c);
      })),
      Kind.labels("websocket endpoint /", (m, r) -> routed(m, r).map(s -> add(s.websockets, "/", "LB-WS-002"))),
      Kind.labels("websocket endpoint not a path", (m, r) -> routed(m, r)
          .map(s -> add(s.websockets, r.nextBoolean() ? "ws" : "ws://example.com:9000", "LB-WS-001"))),
      Kind.labels("hostile character in a websocket endpoint", (m, r) -> routed(m, r)
          .map(s -> add(s.websockets, "/w" + UNSAFE[r.nextInt(UNSAFE.length)] + "s", "LB-VAL-001"))),
      Kind.labels("lone UDP port", (m, r) -> routed(m, r).map(s -> {
        s.ports.clear();
        s.expose.clear();
        s.expose.add((1 + r.nextInt(65_535)) + (r.nextBoolean() ? "/udp" : "/sctp"));
        s.portLabel = Optional.empty();
        return "LB-PORT-001";
      })),
      Kind.labels("no container port", (m, r) -> routed(m, r).map(s -> {
        s.ports.clear();
        s.expose.clear();
        s.portLabel = Optional.empty();
        return "LB-PORT-001";
      })),
      Kind.labels("interlock.port names no container port", (m, r) -> routed(m, r).map(s -> {
        s.ports.clear();
        s.expose.clear();
        s.expose.add("8080");
        s.portLabel = Optional.of(r.nextBoolean() ? "8081" : "08080");
        return "LB-PORT-001";
      })),
      Kind.labels("exposed port out of range", (m, r) -> routed(m, r).map(s -> {
        s.ports.clear();
        s.expose.clear();
        s.expose.add("70000");
        s.portLabel = Optional.empty();
        return "COMPOSE-PORT-002";
      })),
      Kind.labels("host name without domain", (m, r) -> routed(m, r).map(s -> {
        s.domain = Optional.empty();
        return "LB-HOST-001";
      })),
      Kind.labels("name claimed by two services", (m, r) -> {
        List<Service> all = routedServices(m);
        if (all.size() < 2) {
          return Optional.empty();
        }
        all.get(1).hostname = all.get(0).hostname;
        all.get(1).domain = all.get(0).domain;
        return Optional.of("LB-HOST-002");
      }),
      Kind.labels("name outside the zone", (m, r) -> routed(m, r).map(s -> {
        s.domain = Optional.of("other.org");
        s.hostname = Optional.of("h" + r.nextInt(100));
        return "XREF-DNS-001";
      })),
      Kind.labels("name of the controllers or a name server", (m, r) -> routed(m, r).map(s -> {
        s.hostname = Optional.of(r.nextBoolean() ? "ucp" : "ns1");
        s.domain = Optional.of(m.domain);
        return "XREF-DNS-002";
      })),
      Kind.labels("host name and domain join longer than 253", (m, r) -> routed(m, r).map(s -> {
        s.domain = Optional.of(m.domain);
        s.hostname = Optional.of(Model.longName(r, 253 - m.domain.length()));
        return "LB-HOST-003";
      })),
      Kind.labels("domain whose last label is all digits", (m, r) -> routed(m, r).map(s -> {
        s.domain = Optional.of("123");
        return "LB-HOST-003";
      })),
      Kind.labels("interlock.network not joined", (m, r) -> routed(m, r).map(s -> {
        s.networkLabel = Optional.of("elsewhere");
        return "LB-NET-001";
      })),
      Kind.labels("network_mode on a routed service", (m, r) -> routed(m, r).map(s -> {
        s.networks.clear();
        s.networkLabel = Optional.empty();
        s.networkMode = Optional.of(new String[] {"host", "bridge", "none"}[r.nextInt(3)]);
        return "XREF-NET-001";
      })),
      Kind.labels("flag set to false", (m, r) -> routed(m, r).map(s -> {
        s.options.put("interlock.ssl", "false");
        return "LB-BOOL-001";
      })),
      new Kind("even controller count", (m, r) -> {
        m.controllers.add(new Model.Controller("c9", "10.0.0.9", List.of(m.fqdn)));
        return Optional.of("TOPO-HA-001");
      }),
      new Kind("VIP is a controller", (m, r) -> {
        m.vip = mapped(m.controllers.get(r.nextInt(m.controllers.size())).address(), r);
        return Optional.of("TOPO-LB-001");
      }),
      new Kind("VIP is a node", (m, r) -> {
        m.vip = mapped(m.nodes.get(r.nextInt(m.nodes.size())).address(), r);
        return Optional.of("TOPO-LB-003");
      }),
      new Kind("two workers at one address", (m, r) -> {
        Model.Node w1 = m.nodes.get(0);
        m.nodes.set(0, new Model.Node(w1.name(), mapped(m.nodes.get(1 + r.nextInt(2)).address(), r), false));
        return Optional.of("TOPO-NODE-002");
      }),
      new Kind("two nodes with one name", (m, r) -> {
        Model.Node w2 = m.nodes.get(1);
        m.nodes.set(1, new Model.Node("c1", w2.address(), false));
        return Optional.of("TOPO-NODE-001");
      }),
      new Kind("node name not a DNS label", (m, r) -> {
        Model.Node w2 = m.nodes.get(1);
        m.nodes.set(1, new Model.Node("w_2", w2.address(), false));
        return Optional.of("TOPO-NODE-004");
      }),
      new Kind("address not an IP literal", (m, r) -> {
        Model.Node w3 = m.nodes.get(2);
        m.nodes.set(2, new Model.Node(w3.name(), r.nextBoolean() ? "10.0.2.300" : "w3.example.com", false));
        return Optional.of("TOPO-ADDR-001");
      }),
      new Kind("controller without the FQDN in its SANs", (m, r) -> {
        Model.Controller c = m.controllers.get(0);
        m.controllers.set(0, new Model.Controller(c.name(), c.address(), List.of("x.org")));
        return Optional.of("TOPO-SAN-001");
      }),
      new Kind("domain too long for the SOA contact", (m, r) -> {
        m.domain = Model.longName(r, 239 + r.nextInt(11)) + ".com";
        return Optional.of("TOPO-DNS-002");
      }),
      new Kind("no load-balancer node", (m, r) -> {
        m.nodes.removeIf(Model.Node::loadBalancer);
        return Optional.of("XREF-LB-001");
      }),
      new Kind("ttl out of range", (m, r) -> {
        m.ttl = new String[] {"0", "2147483648", "3.0e+9", "-0.0"}[r.nextInt(4)];
        return Optional.of("DNS-TTL-001");
      }),
      new Kind("ttl with a fraction", (m, r) -> {
        m.ttl = "600.5";
        return Optional.of("TOPO-SCHEMA-002");
      }),
      new Kind("swarmPort out of range", (m, r) -> {
        m.swarmPort = r.nextBoolean() ? "70000" : "70000.0";
        return Optional.of("TOPO-SCHEMA-003");
      }),
      new Kind("swarmPort on the controller port, or forwarded on 80", (m, r) -> {
        m.forwardSwarmPort = r.nextBoolean();
        String port = Integer.toString(RandomMke.controllerPort(m)); // 443 unless the spec sets another
        m.swarmPort = m.forwardSwarmPort && r.nextBoolean() ? "80" : r.nextBoolean() ? port : port + ".0";
        return Optional.of("TOPO-LB-004");
      }),
      new Kind("serial 0", (m, r) -> {
        m.serial = "0";
        return Optional.of("DNS-SERIAL-001");
      }),
      new Kind("name server named as the controllers", (m, r) -> {
        m.nameservers.set(0, new String[] {m.fqdn, "10.0.4.53"});
        return Optional.of("TOPO-DNS-003");
      }),
      new Kind("name server in the zone without glue", (m, r) -> {
        m.nameservers.set(0, new String[] {m.nameservers.get(0)[0], null});
        return Optional.of("DNS-NS-003");
      }),
      new Kind("static backends for a bare name several apps route", (m, r) -> {
        List<String> qualifiedWeb = m.backends.keySet().stream().filter(k -> k.endsWith("/web")).toList();
        if (!m.mode.equals("static") || qualifiedWeb.size() < 2) {
          return Optional.empty();
        }
        List<String> entries = m.backends.remove(qualifiedWeb.get(0));
        m.backends.put("web", entries);
        return Optional.of("XREF-ELB-003");
      }),
      new Kind("static backends missing for a routed service", (m, r) -> {
        if (!m.mode.equals("static") || m.backends.isEmpty()) {
          return Optional.empty();
        }
        m.backends.remove(new ArrayList<>(m.backends.keySet()).get(r.nextInt(m.backends.size())));
        return Optional.of("XREF-ELB-001");
      }),
      Kind.labels("a route's body size is not an nginx size", (m, r) -> routed(m, r).map(s -> {
        s.limits.put("io.github.ucpkit.lb.client_max_body_size", new String[] {"10x", "65g", "1.5m", "-1", "1M0"}[r.nextInt(5)]);
        return "LB-LIMIT-001";
      })),
      Kind.labels("a route's read timeout is not an nginx time", (m, r) -> routed(m, r).map(s -> {
        s.limits.put("io.github.ucpkit.lb.proxy_read_timeout", new String[] {"25h", "0s", "5M", "1h30m", "x"}[r.nextInt(5)]);
        return "LB-LIMIT-001";
      })),
      new Kind("the cluster's body size is not an nginx size", (m, r) -> {
        m.bodySize = Optional.of(r.nextBoolean() ? "65g" : "1 m");
        return Optional.of("TOPO-ELB-002");
      }),
      new Kind("the log target is none", (m, r) -> {
        m.logTarget = Optional.of(r.nextBoolean() ? "syslog://10.0.4.5" : "10.0.4.5:0");
        return Optional.of("TOPO-LOG-001");
      }),
      new Kind("the status page on the port the load balancer serves", (m, r) -> {
        if (m.mode.equals("interlock")) {
          return Optional.empty();
        }
        m.status = Optional.of(new String[] {"127.0.0.1", "80"});
        return Optional.of("TOPO-OBS-002");
      }),
      new Kind("an admin socket path HAProxy cannot bind", (m, r) -> {
        m.adminSocket = Optional.of("/run/" + "s".repeat(100) + ".sock");
        return Optional.of("TOPO-OBS-003");
      }),
      new Kind("static backend without a port", (m, r) -> {
        if (!m.mode.equals("static") || m.backends.isEmpty()) {
          return Optional.empty();
        }
        m.backends.values().iterator().next().set(0, "10.0.2.1");
        return Optional.of("TOPO-ELB-001");
      })), MkeMutations.KINDS.stream()).toList();

  private Mutations() {}

  /**
   * Breaks the project in one way that applies to it, and says which rule must report it. Static
   * mode's own mutations apply to a third of the projects only, so they are drawn more often there.
   */
  static Optional<Mutation> apply(Model m, Random r) {
    List<Kind> kinds = m.mode.equals("static") && r.nextDouble() < 0.4
        ? KINDS.stream().filter(k -> k.name().startsWith("static")).toList()
        : KINDS;
    for (int attempt = 0; attempt < 10; attempt++) {
      Kind kind = kinds.get(r.nextInt(kinds.size()));
      Optional<String> rule = kind.apply().apply(m, r);
      if (rule.isPresent()) {
        return Optional.of(new Mutation(kind.name(), rule.get(), kind.onLabels()));
      }
    }
    return Optional.empty();
  }

  /** Every kind, for the coverage check. */
  static List<String> names() {
    return KINDS.stream().map(Kind::name).toList();
  }

  private static Optional<Service> routed(Model m, Random r) {
    List<Service> all = routedServices(m);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(r.nextInt(all.size())));
  }

  private static List<Service> routedServices(Model m) {
    List<Service> out = new ArrayList<>();
    m.apps.forEach(a -> a.services.stream().filter(s -> s.routed).forEach(out::add));
    return out;
  }

  private static String hostile(Random r) {
    return r.nextBoolean() ? UNSAFE[r.nextInt(UNSAFE.length)] : NOT_IN_NAMES[r.nextInt(NOT_IN_NAMES.length)];
  }

  /** A name with a hostile character: LB-VAL-001 for one that could change a config, else LB-HOST-003. */
  private static String nameRule(String c) {
    return List.of(UNSAFE).contains(c) ? "LB-VAL-001" : "LB-HOST-003";
  }

  private static String insert(String value, String c, Random r) {
    int cut = r.nextInt(value.length() + 1);
    return value.substring(0, cut) + c + value.substring(cut);
  }

  private static String add(List<String> list, String value, String rule) {
    list.add(value);
    return rule;
  }

  /** An IPv4 address, sometimes in its IPv4-mapped IPv6 form: the same host either way. */
  private static String mapped(String address, Random r) {
    return !address.contains(":") && r.nextBoolean() ? "::ffff:" + address : address;
  }
}
