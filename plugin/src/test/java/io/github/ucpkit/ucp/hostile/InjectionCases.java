package io.github.ucpkit.ucp.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every value that reaches a generated file, set to each character that could change a file's
 * structure (newline, {@code ;}, braces, quotes, {@code #}, {@code $}, backslash, {@code %}, space,
 * NUL): the build must fail with exactly the finding on that value's line.
 */
final class InjectionCases {

  /** The payloads, each named for the test's display. */
  static final Map<String, String> PAYLOADS = Map.ofEntries(
      Map.entry("newline", "a\nb"),
      Map.entry("semicolon", "a;b"),
      Map.entry("open-brace", "a{b"),
      Map.entry("close-brace", "a}b"),
      Map.entry("double-quote", "a\"b"),
      Map.entry("single-quote", "a'b"),
      Map.entry("hash", "a#b"),
      Map.entry("dollar", "a$b"),
      Map.entry("backslash", "a\\b"),
      Map.entry("percent", "a%b"),
      Map.entry("space", "a b"),
      Map.entry("nul", "a\0b"));

  /** Compose label placeholder → the rule that must report it. */
  private static final Map<String, String> COMPOSE_FIELDS = Map.ofEntries(
      Map.entry("@HOST@", "LB-VAL-001"), Map.entry("@DOMAIN@", "LB-VAL-001"), Map.entry("@ALIAS@", "LB-VAL-001"),
      Map.entry("@WS@", "LB-VAL-001"), Map.entry("@PORT@", "LB-VAL-001"), Map.entry("@NET@", "LB-VAL-001"),
      Map.entry("@CTX@", "LB-VAL-001"), Map.entry("@CERT@", "LB-VAL-001"), Map.entry("@BAL@", "LB-VAL-001"),
      Map.entry("@BODY@", "LB-LIMIT-001"), Map.entry("@READ@", "LB-LIMIT-001"));

  /** Topology placeholder → the rules that must report it (on the placeholder's line). */
  private static final Map<String, List<String>> TOPOLOGY_FIELDS = Map.ofEntries(
      Map.entry("@CLUSTER@", List.of("TOPO-SCHEMA-003")),
      Map.entry("@ZONE@", List.of("TOPO-NAME-001")),
      Map.entry("@FQDN@", List.of("TOPO-NAME-001")),
      Map.entry("@VIP@", List.of("TOPO-ADDR-001")),
      Map.entry("@C1NAME@", List.of("TOPO-NODE-004")),
      Map.entry("@C1ADDR@", List.of("TOPO-ADDR-001")),
      Map.entry("@SAN@", List.of("TOPO-SAN-001", "TOPO-SAN-002")),
      Map.entry("@N1NAME@", List.of("TOPO-NODE-004")),
      Map.entry("@N1ADDR@", List.of("TOPO-ADDR-001")),
      Map.entry("@LBADDR@", List.of("TOPO-ADDR-001")),
      Map.entry("@RESOLVER@", List.of("TOPO-ADDR-001")),
      Map.entry("@BACKEND@", List.of("TOPO-ELB-001")),
      Map.entry("@NS1@", List.of("TOPO-NAME-001")),
      Map.entry("@NS1ADDR@", List.of("TOPO-ADDR-001")),
      Map.entry("@STATSADDR@", List.of("TOPO-ADDR-001")),
      Map.entry("@ADMINSOCKET@", List.of("TOPO-OBS-003")),
      Map.entry("@LOGTARGET@", List.of("TOPO-LOG-001")),
      Map.entry("@MAXBODY@", List.of("TOPO-ELB-002")),
      Map.entry("@READTIMEOUT@", List.of("TOPO-ELB-002")),
      Map.entry("@STATUSADDR@", List.of("TOPO-ADDR-001")));

  private InjectionCases() {}

  static List<HostileCase> all() {
    List<HostileCase> out = new ArrayList<>();
    PAYLOADS.forEach((payloadName, payload) -> {
      COMPOSE_FIELDS.forEach((field, rule) -> {
        // $ starts an interpolation in Compose values; $$ is how a file holds a literal one
        String value = Bases.quoted(payload.replace("$", "$$"));
        out.add(HostileCase.of("compose " + field + " " + payloadName)
            .compose(Bases.compose(field, value))
            .topology(Bases.topology())
            .error(rule, HostileCase.COMPOSE, value));
      });
      TOPOLOGY_FIELDS.forEach((field, rules) -> {
        String value = Bases.quoted(payload);
        HostileCase c = HostileCase.of("topology " + field + " " + payloadName)
            .compose(Bases.compose())
            .topology(Bases.topology(field, value));
        rules.forEach(r -> c.error(r, HostileCase.TOPOLOGY, value));
        out.add(c);
      });
    });
    return out;
  }
}
