package io.github.ucpkit.ucp.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values interlock2 mode writes into interlock.toml, proxy-lb.cfg and the zone (the proxies'
 * VIP, a proxy node's name and address, the release's images), each set to every payload of {@link InjectionCases}: the
 * build must fail with exactly the finding on that value's line, and a spec with none of them must
 * generate.
 */
final class Interlock2InjectionCases {

  static final String TOPOLOGY = """
      version: "1"
      cluster:
        name: prod
        domain: example.com
        platform: mke3
      controllers:
        fqdn: mke.example.com
        loadBalancer:
          address: 10.10.10.10
        nodes:
          - { name: mke1, address: 10.10.10.11, sans: [mke.example.com] }
          - { name: mke2, address: 10.10.10.12, sans: [mke.example.com] }
          - { name: mke3, address: 10.10.10.13, sans: [mke.example.com] }
      nodes:
        - { name: node1, address: 10.10.20.11 }
        - { name: node2, address: 10.10.20.12 }
        - { name: node3, address: 10.10.20.13 }
        - { name: @PNAME@, address: @PADDR@, loadBalancer: true }
        - { name: proxy2, address: 10.10.40.12, loadBalancer: true }
      externalLoadBalancer:
        mode: interlock2
        extensionImage: @XIMG@
        proxyImage: @PIMG@
        address: @VIP@
      dns:
        nameservers:
          - { name: ns1.example.com, address: 10.10.0.53 }
          - { name: ns2.example.com, address: 10.10.1.53 }
      """;

  /** A stack Interlock 2 routes: in interlock2 mode an Interlock 1.x route is an error of its own (LB-MODE-002). */
  static final String STACK = """
      version: "3.8"
      services:
        web:
          image: "example/web:1.0"
          networks: [front]
          deploy:
            labels:
              com.docker.lb.hosts: "web.example.com"
              com.docker.lb.port: "8080"
      networks:
        front:
          driver: overlay
      """;

  private static final Map<String, String> DEFAULTS = new LinkedHashMap<>(Map.of(
      "@PNAME@", "proxy1", "@PADDR@", "10.10.40.11", "@VIP@", "10.10.40.10",
      "@XIMG@", "mirantis/ucp-interlock-extension:3.7.5", "@PIMG@", "mirantis/ucp-interlock-proxy:3.7.5"));

  /** Placeholder → the rules that must report it (on the placeholder's line). */
  private static final Map<String, List<String>> FIELDS = Map.of(
      "@PNAME@", List.of("TOPO-NODE-004"),
      "@PADDR@", List.of("TOPO-ADDR-001"),
      "@VIP@", List.of("TOPO-ADDR-001"),
      "@XIMG@", List.of("TOPO-IL2-008"),
      "@PIMG@", List.of("TOPO-IL2-008"));

  private Interlock2InjectionCases() {}

  /** The spec with every placeholder at its default. */
  static String valid() {
    return Bases.fill(TOPOLOGY, DEFAULTS, "", "");
  }

  static List<HostileCase> all() {
    return Bases.topologyCases("interlock2 topology", TOPOLOGY, STACK, DEFAULTS, FIELDS);
  }
}
