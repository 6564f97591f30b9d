package io.github.ucpkit.ucp.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid project with a placeholder in every value that reaches a generated file; a case swaps one
 * placeholder for a hostile value and expects the finding on that line.
 */
final class Bases {

  static final String COMPOSE = """
      version: "2.4"
      services:
        web:
          image: "example/web:1.0"
          expose:
            - "8080"
          labels:
            interlock.hostname: @HOST@
            interlock.domain: @DOMAIN@
            interlock.alias_domain: @ALIAS@
            interlock.websocket_endpoint: @WS@
            interlock.port: @PORT@
            interlock.network: @NET@
            interlock.context_root: @CTX@
            interlock.ssl_cert: @CERT@
            interlock.balance_algorithm: @BAL@
            io.github.ucpkit.lb.client_max_body_size: @BODY@
            io.github.ucpkit.lb.proxy_read_timeout: @READ@
          networks:
            - front
        db:
          image: "postgres:16.1"
          networks:
            - front
      networks:
        front:
      """;

  static final Map<String, String> COMPOSE_DEFAULTS = ordered(
      "@HOST@", "web", "@DOMAIN@", "example.com", "@ALIAS@", "www.example.com", "@WS@", "/ws", "@PORT@", "\"8080\"",
      "@NET@", "front", "@CTX@", "/app", "@CERT@", "web.pem", "@BAL@", "roundrobin",
      "@BODY@", "50m", "@READ@", "90s");

  static final String TOPOLOGY = """
      version: "1"
      cluster:
        name: @CLUSTER@
        domain: @ZONE@
      controllers:
        fqdn: @FQDN@
        loadBalancer:
          address: @VIP@
          forwardSwarmPort: true
          stats: { address: @STATSADDR@, port: 8404 }
          adminSocket: @ADMINSOCKET@
          log: { target: @LOGTARGET@ }
        swarmPort: @SWARMPORT@
        nodes:
          - { name: @C1NAME@, address: @C1ADDR@, sans: [@SAN@] }
          - { name: ucp2, address: 10.10.10.12, sans: [ucp.example.com] }
          - { name: ucp3, address: 10.10.10.13, sans: [ucp.example.com] }
      nodes:
        - { name: @N1NAME@, address: @N1ADDR@ }
        - { name: node2, address: 10.10.20.12 }
        - { name: lb, address: @LBADDR@, loadBalancer: true }
      externalLoadBalancer:
        mode: @MODE@
        resolver: @RESOLVER@
        backends:
          web: [@BACKEND@]
        clientMaxBodySize: @MAXBODY@
        proxyReadTimeout: @READTIMEOUT@
        status: { address: @STATUSADDR@, port: 8081 }
      dns:
        ttl: @TTL@
        serial: @SERIAL@
        nameservers:
          - { name: @NS1@, address: @NS1ADDR@ }
          - { name: ns2.example.com, address: 10.10.1.53 }
        wildcard: false
      """;

  static final Map<String, String> TOPOLOGY_DEFAULTS = ordered(
      "@CLUSTER@", "prod", "@ZONE@", "example.com", "@FQDN@", "ucp.example.com", "@VIP@", "10.10.10.10",
      "@SWARMPORT@", "2376", "@C1NAME@", "ucp1", "@C1ADDR@", "10.10.10.11", "@SAN@", "ucp.example.com",
      "@N1NAME@", "node1", "@N1ADDR@", "10.10.20.11", "@LBADDR@", "10.10.20.10", "@MODE@", "dns",
      "@RESOLVER@", "127.0.0.11", "@BACKEND@", "\"10.10.20.11:8080\"", "@TTL@", "300", "@SERIAL@", "auto",
      "@NS1@", "ns1.example.com", "@NS1ADDR@", "10.10.0.53", "@STATSADDR@", "127.0.0.1",
      "@ADMINSOCKET@", "/run/haproxy/admin.sock", "@LOGTARGET@", "\"10.10.0.5:514\"", "@MAXBODY@", "8m",
      "@READTIMEOUT@", "2m", "@STATUSADDR@", "127.0.0.1");

  private Bases() {}

  /**
   * A topology spec with placeholders as hostile cases: one with nothing injected, then every
   * payload in every placeholder, each expecting its field's rules to report the escaped value.
   */
  static List<HostileCase> topologyCases(String label, String topology, Map<String, String> defaults,
      Map<String, List<String>> fields) {
    return topologyCases(label, topology, compose(), defaults, fields);
  }

  /** The same, beside the Compose file {@code app} instead of the base one. */
  static List<HostileCase> topologyCases(String label, String topology, String app, Map<String, String> defaults,
      Map<String, List<String>> fields) {
    List<HostileCase> out = new ArrayList<>();
    out.add(HostileCase.of(label + ", nothing injected").compose(app).topology(fill(topology, defaults, "", "")));
    InjectionCases.PAYLOADS.forEach((payloadName, payload) -> fields.forEach((field, rules) -> {
      String value = quoted(payload);
      HostileCase c = HostileCase.of(label + " " + field + " " + payloadName)
          .compose(app)
          .topology(fill(topology, defaults, field, value));
      rules.forEach(r -> c.error(r, HostileCase.TOPOLOGY, value));
      out.add(c);
    }));
    return out;
  }

  /** The base text with {@code placeholder} set to {@code value} and every other placeholder at its default. */
  static String fill(String base, Map<String, String> defaults, String placeholder, String value) {
    String out = base;
    for (Map.Entry<String, String> e : defaults.entrySet()) {
      out = out.replace(e.getKey(), e.getKey().equals(placeholder) ? value : e.getValue());
    }
    return out;
  }

  static String compose(String placeholder, String value) {
    return fill(COMPOSE, COMPOSE_DEFAULTS, placeholder, value);
  }

  static String topology(String placeholder, String value) {
    return fill(TOPOLOGY, TOPOLOGY_DEFAULTS, placeholder, value);
  }

  static String compose() {
    return compose("", "");
  }

  static String topology() {
    return topology("", "");
  }

  /** The 1-based number of the {@code nth} line of {@code text} that reads {@code content} after its indentation. */
  static int line(String text, String content, int nth) {
    String[] lines = text.split("\n", -1);
    int seen = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().equals(content) && ++seen == nth) {
        return i + 1;
      }
    }
    throw new AssertionError("no line " + nth + " reading " + content + " in:\n" + text);
  }

  /** A YAML double-quoted scalar holding exactly {@code value} (escapes for quotes, backslashes, controls). */
  static String quoted(String value) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        case '\0' -> sb.append("\\0");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
