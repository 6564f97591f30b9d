package io.github.ucpkit.ucp.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values an MKE 3 spec adds to haproxy.cfg and the zone (the registry's name, VIP, replicas and
 * SANs), each set to every payload of {@link InjectionCases}: the build must fail with exactly the
 * finding on that value's line, and a spec with none of them must generate.
 */
final class MkeInjectionCases {

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
      registry:
        fqdn: @RFQDN@
        loadBalancer:
          address: @RVIP@
        nodes:
          - { name: @R1NAME@, address: @R1ADDR@, sans: [@RSAN@] }
          - { name: msr2, address: 10.10.30.12, sans: [msr.example.com] }
          - { name: msr3, address: 10.10.30.13, sans: [msr.example.com] }
      nodes:
        - { name: node1, address: 10.10.20.11 }
        - { name: node2, address: 10.10.20.12 }
        - { name: lb, address: 10.10.20.10, loadBalancer: true }
      dns:
        nameservers:
          - { name: ns1.example.com, address: 10.10.0.53 }
          - { name: ns2.example.com, address: 10.10.1.53 }
      """;

  private static final Map<String, String> DEFAULTS = new LinkedHashMap<>(Map.of(
      "@RFQDN@", "msr.example.com", "@RVIP@", "10.10.10.20", "@R1NAME@", "msr1", "@R1ADDR@", "10.10.30.11",
      "@RSAN@", "msr.example.com"));

  /** Placeholder → the rules that must report it (on the placeholder's line). */
  private static final Map<String, List<String>> FIELDS = Map.of(
      // an invalid registry name is reported as a name; no SAN can then be checked against it
      "@RFQDN@", List.of("TOPO-NAME-001"),
      "@RVIP@", List.of("TOPO-ADDR-001"),
      "@R1NAME@", List.of("TOPO-NODE-004"),
      "@R1ADDR@", List.of("TOPO-ADDR-001"),
      "@RSAN@", List.of("TOPO-SAN-001", "TOPO-SAN-002"));

  private MkeInjectionCases() {}

  static List<HostileCase> all() {
    return Bases.topologyCases("mke topology", TOPOLOGY, DEFAULTS, FIELDS);
  }
}
