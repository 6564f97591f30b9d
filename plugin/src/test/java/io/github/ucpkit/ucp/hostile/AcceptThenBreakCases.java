package io.github.ucpkit.ucp.hostile;

import static io.github.ucpkit.ucp.hostile.HostileCase.COMPOSE;
import static io.github.ucpkit.ucp.hostile.HostileCase.TOPOLOGY;

import java.util.ArrayList;
import java.util.List;

/**
 * Inputs validation used to accept while generation broke (threw, or wrote a config a real tool
 * refuses), inputs whose values were silently replaced, and comparisons that missed a second
 * spelling of one value: each must now either build or fail with the rule that owns the problem.
 * The classes behind them are held by GeneratedArtifactsPropertyTest as well.
 */
final class AcceptThenBreakCases {

  private static final String PORT_LABEL = "      interlock.port: \"8080\"\n";
  private static final String BLOG = "blog/docker-compose.yml";

  private AcceptThenBreakCases() {}

  static List<HostileCase> all() {
    List<HostileCase> out = new ArrayList<>();
    websocketsAndPorts(out);
    names(out);
    numbers(out);
    addresses(out);
    staticBackends(out);
    return out;
  }

  private static void websocketsAndPorts(List<HostileCase> out) {
    String topology = Bases.topology();
    out.add(HostileCase.of("websocket endpoint /").compose(Bases.compose("@WS@", "\"/\"")).topology(topology)
        .error("LB-WS-002", COMPOSE, "websocket_endpoint"));
    out.add(HostileCase.of("websocket endpoint / in static mode").compose(Bases.compose("@WS@", "/"))
        .topology(Bases.topology("@MODE@", "static")).error("LB-WS-002", COMPOSE, "websocket_endpoint"));
    out.add(HostileCase.of("websocket endpoint / as a second endpoint")
        .compose(Bases.compose("@WS@", "/ws\n      interlock.websocket_endpoint.1: /")).topology(topology)
        .error("LB-WS-002", COMPOSE, "websocket_endpoint.1"));
    String unlabelled = Bases.compose().replace(PORT_LABEL, "");
    for (String protocol : List.of("udp", "sctp")) {
      out.add(HostileCase.of("only a " + protocol + " port, no interlock.port")
          .compose(unlabelled.replace("- \"8080\"", "- \"8080/" + protocol + "\"")).topology(topology)
          .error("LB-PORT-001", COMPOSE, "interlock.hostname"));
      out.add(HostileCase.of("interlock.port names a " + protocol + " port")
          .compose(Bases.compose().replace("- \"8080\"", "- \"8080/" + protocol + "\"")).topology(topology)
          .error("LB-PORT-001", COMPOSE, "interlock.port"));
    }
    out.add(HostileCase.of("a udp and a tcp port, no interlock.port")
        .compose(unlabelled.replace("- \"8080\"", "- \"53/udp\"\n      - \"8080\"")).topology(topology)
        .error("LB-PORT-001", COMPOSE, "interlock.hostname"));
    out.add(HostileCase.of("a udp and a tcp port, interlock.port names the tcp one")
        .compose(Bases.compose().replace("- \"8080\"", "- \"53/udp\"\n      - \"8080\"")).topology(topology));
  }

  private static void names(List<HostileCase> out) {
    String topology = Bases.topology();
    // each part is a valid name; together the last label is all digits, which reads as an address
    out.add(HostileCase.of("interlock.domain 123").compose(Bases.compose("@DOMAIN@", "123")).topology(topology)
        .error("LB-HOST-003", COMPOSE, "interlock.hostname"));
    out.add(HostileCase.of("alias repeats the primary name, in capitals")
        .compose(Bases.compose("@ALIAS@", "WEB.example.com")).topology(topology));
    out.add(HostileCase.of("interlock.network by its engine name").compose(Bases.compose("@NET@", "app_front"))
        .topology(topology));
    out.add(HostileCase.of("network_mode bridge on a routed service")
        .compose(Bases.compose("@NET@", "front").replace("      interlock.network: front\n", "")
            .replaceFirst("    networks:\n      - front\n", "    network_mode: bridge\n"))
        .topology(topology).error("XREF-NET-001", COMPOSE, "network_mode"));
    out.add(HostileCase.of("network_mode host with interlock.network")
        .compose(Bases.compose().replaceFirst("    networks:\n      - front\n", "    network_mode: host\n"))
        .topology(topology).error("XREF-NET-001", COMPOSE, "network_mode").error("LB-NET-001", COMPOSE, "interlock.network"));
    String noRoutes = "version: \"2.4\"\nservices:\n  db:\n    image: \"postgres:16.1\"\n";
    for (int length : List.of(243, 247, 250, 253)) {
      out.add(HostileCase.of("cluster.domain of " + length + " characters").compose(noRoutes).topology(longDomain(length))
          .error("TOPO-DNS-002", TOPOLOGY, "  domain:"));
    }
    out.add(HostileCase.of("cluster.domain of 242 characters").compose(noRoutes).topology(longDomain(242)));
  }

  /** A spec whose domain has {@code length} characters and is also the controllers' name. */
  private static String longDomain(int length) {
    String domain = ("a".repeat(61) + ".").repeat(3) + "a".repeat(length - 190) + ".com";
    return Bases.topology("@ZONE@", domain).replace("ucp.example.com", domain)
        .replace("ns1.example.com", "ns1.example.net").replace("ns2.example.com", "ns2.example.net");
  }

  private static void numbers(List<HostileCase> out) {
    String compose = Bases.compose();
    for (String ttl : List.of("600.0", "6.0e+2", "0x258")) {
      out.add(HostileCase.of("ttl " + ttl + " is 600").compose(compose).topology(Bases.topology("@TTL@", ttl)));
    }
    out.add(HostileCase.of("ttl 600.5").compose(compose).topology(Bases.topology("@TTL@", "600.5"))
        .error("TOPO-SCHEMA-002", TOPOLOGY, "ttl:"));
    out.add(HostileCase.of("ttl 1.0e+30").compose(compose).topology(Bases.topology("@TTL@", "1.0e+30"))
        .error("DNS-TTL-001", TOPOLOGY, "ttl:"));
    out.add(HostileCase.of("ttl -0.0").compose(compose).topology(Bases.topology("@TTL@", "-0.0"))
        .error("DNS-TTL-001", TOPOLOGY, "ttl:"));
    out.add(HostileCase.of("swarmPort 2380.0").compose(compose).topology(Bases.topology("@SWARMPORT@", "2380.0")));
    out.add(HostileCase.of("swarmPort 70000.0").compose(compose).topology(Bases.topology("@SWARMPORT@", "70000.0"))
        .error("TOPO-SCHEMA-003", TOPOLOGY, "swarmPort:"));
    out.add(HostileCase.of("swarmPort 2380.5").compose(compose).topology(Bases.topology("@SWARMPORT@", "2380.5"))
        .error("TOPO-SCHEMA-002", TOPOLOGY, "swarmPort:"));
    out.add(HostileCase.of("serial 5.0").compose(compose).topology(Bases.topology("@SERIAL@", "5.0")));
  }

  private static void addresses(List<HostileCase> out) {
    String compose = Bases.compose();
    out.add(HostileCase.of("VIP is a controller, IPv4-mapped").compose(compose)
        .topology(Bases.topology("@VIP@", "\"::ffff:10.10.10.11\"")).error("TOPO-LB-001", TOPOLOGY, "::ffff:10.10.10.11"));
    out.add(HostileCase.of("VIP is a controller, IPv4-mapped in hex").compose(compose)
        .topology(Bases.topology("@VIP@", "\"0:0:0:0:0:ffff:a0a:a0b\"")).error("TOPO-LB-001", TOPOLOGY, "ffff:a0a:a0b"));
    out.add(HostileCase.of("VIP is a worker").compose(compose)
        .topology(Bases.topology("@VIP@", "10.10.20.12")).error("TOPO-LB-003", TOPOLOGY, "address: 10.10.20.12"));
    out.add(HostileCase.of("VIP is the load-balancer node, IPv4-mapped").compose(compose)
        .topology(Bases.topology("@VIP@", "\"::ffff:10.10.20.10\"")).error("TOPO-LB-003", TOPOLOGY, "::ffff:10.10.20.10"));
    out.add(HostileCase.of("node at another node's address, IPv4-mapped").compose(compose)
        .topology(Bases.topology("@N1ADDR@", "\"::ffff:10.10.20.12\"")).error("TOPO-NODE-002", TOPOLOGY, "name: node2"));
    out.add(HostileCase.of("controller at a node's address, IPv4-mapped").compose(compose)
        .topology(Bases.topology("@C1ADDR@", "\"::ffff:10.10.20.11\"")).error("TOPO-NODE-002", TOPOLOGY, "name: node1"));
    // the load-balancer node is a controller doing double duty: a warning, and the build goes on
    out.add(HostileCase.of("load-balancer node at a controller's address, IPv4-mapped").compose(compose)
        .topology(Bases.topology("@LBADDR@", "\"::ffff:10.10.10.12\"")));
  }

  private static void staticBackends(List<HostileCase> out) {
    String blog = Bases.compose("@HOST@", "blog").replace("www.example.com", "www.blog.example.com");
    String bare = Bases.topology("@MODE@", "static");
    String qualified = bare.replace("    web: [\"10.10.20.11:8080\"]\n",
        "    app/web: [\"10.10.20.11:8080\"]\n    blog/web: [\"10.10.20.12:8080\"]\n");
    out.add(HostileCase.of("static backends web, two apps route a web").compose(Bases.compose()).file(BLOG, blog)
        .topology(bare).error("XREF-ELB-003", TOPOLOGY, "    web:"));
    out.add(HostileCase.of("static backends app/web and blog/web").compose(Bases.compose()).file(BLOG, blog)
        .topology(qualified));
    out.add(HostileCase.of("static backends for a project that does not exist").compose(Bases.compose())
        .topology(bare.replace("    web:", "    shop/web:")).error("XREF-ELB-001", TOPOLOGY, "shop/web")
        .error("XREF-ELB-001", TOPOLOGY, "  backends:"));
    out.add(HostileCase.of("static backends web and app/web for one service").compose(Bases.compose())
        .topology(bare.replace("    web: [\"10.10.20.11:8080\"]\n", "    web: [\"10.10.20.11:8080\"]\n    app/web: [\"10.10.20.12:8080\"]\n"))
        .error("XREF-ELB-003", TOPOLOGY, "app/web"));
  }
}
