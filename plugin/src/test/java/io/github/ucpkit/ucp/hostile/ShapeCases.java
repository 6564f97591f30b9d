package io.github.ucpkit.ucp.hostile;

import static io.github.ucpkit.ucp.hostile.HostileCase.COMPOSE;
import static io.github.ucpkit.ucp.hostile.HostileCase.TOPOLOGY;

import java.util.ArrayList;
import java.util.List;

/** A node of the wrong kind where every kind of node is expected: a string for a mapping and so on. */
final class ShapeCases {

  private ShapeCases() {}

  static List<HostileCase> all() {
    List<HostileCase> out = new ArrayList<>();
    String compose = Bases.compose();
    String topology = Bases.topology();
    String[][] composeShapes = {
        {"services as a string", "services:\n", "services: web\nx-was-services:\n", "services: web"},
        {"services as a list", "services:\n", "services: [web]\nx-was-services:\n", "services: [web]"},
        {"a service as a list", "  db:\n    image: \"postgres:16.1\"\n    networks:\n      - front\n", "  db: [postgres]\n", "db: [postgres]"},
        {"a service as a number", "  db:\n    image: \"postgres:16.1\"\n    networks:\n      - front\n", "  db: 5\n", "db: 5"},
        {"image as a mapping", "image: \"postgres:16.1\"", "image: {name: postgres}", "name: postgres"},
        {"image as a list", "image: \"postgres:16.1\"", "image: [postgres]", "image: [postgres]"},
        {"expose as a string", "    expose:\n      - \"8080\"\n", "    expose: \"8080\"\n", "expose: \"8080\""},
        {"labels as a string", "    labels:\n", "    labels: web\n    x-labels:\n", "labels: web"},
        {"networks as a number", "    networks:\n      - front\n  db:", "    networks: 5\n  db:", "networks: 5"},
        {"environment as a string", "  db:\n", "  db:\n    environment: DEBUG\n", "environment: DEBUG"},
        {"volumes as a mapping", "  db:\n", "  db:\n    volumes: {data: /data}\n", "volumes: {data"},
        {"depends_on as a number", "  db:\n", "  db:\n    depends_on: 5\n", "depends_on: 5"},
        {"ports as a mapping", "  db:\n", "  db:\n    ports: {80: 80}\n", "ports: {80"},
        {"top-level networks as a list", "networks:\n  front:\n", "networks: [front]\n", "networks: [front]"},
    };
    for (String[] s : composeShapes) {
      out.add(expect(s[0], HostileCase.of("compose: " + s[0]).compose(compose.replace(s[1], s[2])).topology(topology)));
    }
    String[][] topologyShapes = {
        {"controllers as a string", "controllers:\n", "controllers: ucp\nx-was:\n"},
        {"controllers.nodes as a string", "  nodes:\n    - { name: ucp1", "  nodes: ucp1\n  x-nodes:\n    - { name: ucp1"},
        {"nodes as a mapping", "nodes:\n  - { name: node1", "nodes: {node1: 1}\nx-nodes:\n  - { name: node1"},
        {"dns as a list", "dns:\n", "dns: [ns1]\nx-dns:\n"},
        {"sans as a string", "sans: [ucp.example.com] }\n    - { name: ucp2", "sans: ucp.example.com }\n    - { name: ucp2"},
        {"backends as a list", "  backends:\n    web:", "  backends: [web]\n  x-backends:\n    web:"},
        {"ttl as a string", "ttl: 300", "ttl: five"},
        {"loadBalancer as a boolean", "  loadBalancer:\n    address: 10.10.10.10\n    forwardSwarmPort: true\n"
            + "    stats: { address: 127.0.0.1, port: 8404 }\n    adminSocket: /run/haproxy/admin.sock\n"
            + "    log: { target: \"10.10.0.5:514\" }\n", "  loadBalancer: true\n"},
        {"forwardSwarmPort as a string", "forwardSwarmPort: true", "forwardSwarmPort: \"yes\""},
        {"version as a number", "version: \"1\"", "version: 1"},
    };
    for (String[] s : topologyShapes) {
      out.add(expect(s[0], HostileCase.of("topology: " + s[0]).compose(compose).topology(topology.replace(s[1], s[2]))));
    }
    return out;
  }

  /** The exact findings of each shape: the schema's, plus what follows from the missing value. */
  private static HostileCase expect(String name, HostileCase c) {
    return switch (name) {
      case "services as a string" -> c.errorAtLine("COMPOSE-SCHEMA-002", COMPOSE, 2);
      case "services as a list" -> c.errorAtLine("COMPOSE-SCHEMA-002", COMPOSE, 2);
      case "a service as a list" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "db: [postgres]").error("COMPOSE-SVC-001", COMPOSE, "db: [postgres]");
      case "a service as a number" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "db: 5").error("COMPOSE-SVC-001", COMPOSE, "db: 5");
      case "image as a mapping" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "image: {name");
      case "image as a list" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "image: [postgres]");
      case "expose as a string" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "expose:").error("LB-PORT-001", COMPOSE, "interlock.port");
      case "labels as a string" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "labels: web");
      case "networks as a number" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "networks: 5").error("LB-NET-001", COMPOSE, "interlock.network");
      case "environment as a string" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "environment: DEBUG");
      case "volumes as a mapping" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "volumes: {data");
      case "depends_on as a number" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "depends_on: 5").error("COMPOSE-REF-001", COMPOSE, "depends_on: 5");
      case "ports as a mapping" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "ports: {80");
      case "top-level networks as a list" -> c.error("COMPOSE-SCHEMA-002", COMPOSE, "networks: [front]").errorAtLine("COMPOSE-NET-001", COMPOSE, Bases.line(Bases.compose(), "- front", 1))
          .errorAtLine("COMPOSE-NET-001", COMPOSE, Bases.line(Bases.compose(), "- front", 2));
      case "controllers as a string" -> c.error("TOPO-SCHEMA-002", TOPOLOGY, "controllers: ucp").error("TOPO-SCHEMA-001", TOPOLOGY, "x-was:");
      case "controllers.nodes as a string" -> c.error("TOPO-SCHEMA-002", TOPOLOGY, "nodes: ucp1").error("TOPO-SCHEMA-001", TOPOLOGY, "x-nodes:");
      case "nodes as a mapping" -> c.error("TOPO-SCHEMA-002", TOPOLOGY, "nodes: {node1").error("TOPO-SCHEMA-001", TOPOLOGY, "x-nodes:").error("XREF-LB-001", TOPOLOGY, "nodes: {node1");
      case "dns as a list" -> c.error("TOPO-SCHEMA-002", TOPOLOGY, "dns: [ns1]").error("TOPO-SCHEMA-001", TOPOLOGY, "x-dns:").errorAtLine("DNS-NS-001", TOPOLOGY, 1);
      case "sans as a string" -> c.error("TOPO-SCHEMA-002", TOPOLOGY, "sans: ucp.example.com }");
      case "backends as a list" -> c.error("TOPO-SCHEMA-002", TOPOLOGY, "backends: [web]").error("TOPO-SCHEMA-001", TOPOLOGY, "x-backends:");
      case "ttl as a string" -> c.error("TOPO-SCHEMA-002", TOPOLOGY, "ttl: five");
      case "loadBalancer as a boolean" -> c.error("TOPO-SCHEMA-002", TOPOLOGY, "loadBalancer: true");
      case "forwardSwarmPort as a string" -> c.error("TOPO-SCHEMA-002", TOPOLOGY, "forwardSwarmPort:");
      case "version as a number" -> c.errorAtLine("TOPO-SCHEMA-002", TOPOLOGY, 1);
      default -> throw new IllegalArgumentException("no expectation for " + name);
    };
  }
}
