package io.github.ucpkit.ucp.hostile;

import static io.github.ucpkit.ucp.hostile.HostileCase.COMPOSE;
import static io.github.ucpkit.ucp.hostile.HostileCase.TOPOLOGY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Numbers that overflow, names that look alike, sizes far past the usual, and hostile .env files. */
final class ValueCases {

  private ValueCases() {}

  static List<HostileCase> all() {
    List<HostileCase> out = new ArrayList<>();
    String compose = Bases.compose();
    String topology = Bases.topology();
    String db = "    image: \"postgres:16.1\"\n";

    for (String[] p : new String[][] {{"99999:80"}, {"80:99999999999999999999"}, {"0:80"}, {"65536-65537:80-81"}}) {
      out.add(HostileCase.of("port " + p[0]).compose(compose.replace(db, db + "    ports:\n      - \"" + p[0] + "\"\n"))
          .topology(topology).error("COMPOSE-PORT-002", COMPOSE, p[0]));
    }
    out.add(HostileCase.of("expose 70000").compose(compose.replace("- \"8080\"", "- \"70000\"")).topology(topology)
        .error("COMPOSE-PORT-002", COMPOSE, "70000").error("LB-PORT-001", COMPOSE, "interlock.port"));
    for (String port : List.of("99999", "18446744073709551617", "0", "-80", "08080")) {
      out.add(HostileCase.of("interlock.port " + port).compose(Bases.compose("@PORT@", "\"" + port + "\"")).topology(topology)
          .error("LB-PORT-001", COMPOSE, "interlock.port"));
    }
    for (String ttl : List.of("2147483648", "18446744073709551616", "0", "-5")) {
      out.add(HostileCase.of("ttl " + ttl).compose(compose).topology(Bases.topology("@TTL@", ttl))
          .error("DNS-TTL-001", TOPOLOGY, "ttl:"));
    }
    for (String serial : List.of("4294967296", "-1", "0", "99999999999999999999999")) {
      out.add(HostileCase.of("serial " + serial).compose(compose).topology(Bases.topology("@SERIAL@", serial))
          .error("DNS-SERIAL-001", TOPOLOGY, "serial:"));
    }
    for (String port : List.of("70000", "18446744073709551616", "0")) {
      out.add(HostileCase.of("swarmPort " + port).compose(compose).topology(Bases.topology("@SWARMPORT@", port))
          .error("TOPO-SCHEMA-003", TOPOLOGY, "swarmPort:"));
    }
    out.add(HostileCase.of("scale larger than a long").compose(compose.replace(db, db + "    scale: 99999999999999999999\n"))
        .topology(topology));
    out.add(HostileCase.of("8 controllers").compose(compose).topology(controllers(8)).error("TOPO-HA-001", TOPOLOGY, "  nodes:"));
    out.add(HostileCase.of("100 controllers").compose(compose).topology(controllers(100)).error("TOPO-HA-001", TOPOLOGY, "  nodes:"));
    out.add(HostileCase.of("101 controllers (odd, a warning)").compose(compose).topology(controllers(101)));

    StringBuilder many = new StringBuilder("version: \"2.4\"\nservices:\n");
    for (int i = 0; i < 10_000; i++) {
      many.append("  s").append(i).append(":\n    image: \"example/s:1.0\"\n");
    }
    out.add(HostileCase.of("10,000 services in one file").compose(many.toString()).topology(topology));
    StringBuilder routed = new StringBuilder("version: \"2.4\"\nservices:\n");
    for (int i = 0; i < 300; i++) {
      routed.append("  s").append(i).append(":\n    image: \"example/s:1.0\"\n    expose: [\"80\"]\n    labels:\n")
          .append("      interlock.hostname: s").append(i).append("\n      interlock.domain: example.com\n");
    }
    out.add(HostileCase.of("300 routed services").compose(routed.toString()).topology(topology));
    // every unknown name close to thousands of declared ones: the did-you-mean search stays bounded
    StringBuilder typos = new StringBuilder("version: \"2.4\"\nservices:\n");
    HostileCase typoCase = HostileCase.of("3,000 misspelt networks among 3,000 declared");
    for (int i = 0; i < 3_000; i++) {
      typos.append("  s").append(i).append(":\n    image: \"example/s:1.0\"\n    networks:\n      - netwrok-")
          .append(String.format("%05d", i)).append('\n');
    }
    typos.append("networks:\n");
    for (int i = 0; i < 3_000; i++) {
      typos.append("  network-").append(String.format("%05d", i)).append(":\n");
    }
    typoCase = typoCase.compose(typos.toString()).topology(topology);
    for (int i = 0; i < 3_000; i++) {
      typoCase = typoCase.errorAtLine("COMPOSE-NET-001", COMPOSE, 6 + 4 * i);
    }
    out.add(typoCase);

    // look-alikes and IDN: only ASCII names reach a config
    out.add(HostileCase.of("Cyrillic look-alike in interlock.domain").compose(Bases.compose("@DOMAIN@", "\"\u0435xample.com\""))
        .topology(topology).error("LB-HOST-003", COMPOSE, "xample.com"));
    out.add(HostileCase.of("IDN in interlock.hostname").compose(Bases.compose("@HOST@", "b\u00fccher")).topology(topology)
        .error("LB-HOST-003", COMPOSE, "cher"));
    out.add(HostileCase.of("zero-width space in interlock.hostname").compose(Bases.compose("@HOST@", "\"we\u200bb\""))
        .topology(topology).error("LB-VAL-001", COMPOSE, "we\u200bb"));
    out.add(HostileCase.of("Cyrillic look-alike in cluster.domain").compose(compose).topology(Bases.topology("@ZONE@", "\u0435xample.com"))
        .error("TOPO-NAME-001", TOPOLOGY, "xample.com"));
    out.add(HostileCase.of("IDN in controllers.fqdn").compose(compose).topology(Bases.topology("@FQDN@", "\u00fccp.example.com"))
        .error("TOPO-NAME-001", TOPOLOGY, "cp.example.com"));
    out.add(HostileCase.of("64-character label").compose(Bases.compose("@HOST@", "a".repeat(64))).topology(topology)
        .error("LB-HOST-003", COMPOSE, "a".repeat(64)));
    out.add(HostileCase.of("name over 253 characters").compose(Bases.compose("@ALIAS@", ("a".repeat(60) + ".").repeat(5) + "com"))
        .topology(topology).error("LB-HOST-003", COMPOSE, "a".repeat(60)));

    // .env and the environment are inputs too
    String fromEnv = Bases.compose("@HOST@", "\"${HOST}\"");
    out.add(HostileCase.of(".env injects a semicolon").compose(fromEnv).topology(topology).file("app/.env", "HOST=web;evil\n")
        .error("LB-VAL-001", COMPOSE, "${HOST}"));
    out.add(HostileCase.of(".env injects a newline").compose(fromEnv).topology(topology).file("app/.env", "HOST=\"web\\nevil\"\n")
        .error("LB-VAL-001", COMPOSE, "${HOST}"));
    out.add(HostileCase.of(".env is not UTF-8").compose(fromEnv).topology(topology).file("app/.env", StructureCases.bytes("HOST=w", 0xE9, 0x62, 0x0A))
        // without the .env, HOST is unset and the hostname empty; nor may the environment decide it
        .errorAtLine("COMPOSE-INTERP-005", ".env", 0).error("LB-HOST-003", COMPOSE, "${HOST}")
        .error("LB-ENV-001", COMPOSE, "${HOST}"));
    out.add(HostileCase.of(".env with NUL").compose(fromEnv).topology(topology).file("app/.env", "HOST=web\0evil\n")
        .error("LB-VAL-001", COMPOSE, "${HOST}"));
    out.add(HostileCase.of(".env of 10,000 lines").compose(fromEnv).topology(topology)
        .file("app/.env", "V=x\n".repeat(10_000) + "HOST=web\n"));
    out.add(HostileCase.of(".env is a directory").compose(Bases.compose("@HOST@", "\"${HOST:-web}\"")).topology(topology)
        .file("app/.env/placeholder", "x\n").error("LB-ENV-001", COMPOSE, "${HOST:-web}"));
    out.add(HostileCase.of("process environment injects a brace").compose(fromEnv).topology(topology)
        .env(Map.of("HOST", "web}evil")).error("LB-VAL-001", COMPOSE, "${HOST}").error("LB-ENV-001", COMPOSE, "${HOST}"));
    // the committed .env decides what is generated: an environment that hides its injection changes nothing
    out.add(HostileCase.of("environment cannot hide a committed injection").compose(fromEnv).topology(topology)
        .file("app/.env", "HOST=web;evil\n").env(Map.of("HOST", "web")).error("LB-VAL-001", COMPOSE, "${HOST}"));
    return out;
  }

  private static String controllers(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append("    - { name: ucp").append(i).append(", address: 10.10.").append(10 + i / 250).append('.').append(11 + i % 240)
          .append(", sans: [ucp.example.com] }\n");
    }
    String base = Bases.topology();
    int start = base.indexOf("    - { name: ucp1");
    int end = base.indexOf("nodes:\n  - { name: node1");
    return base.substring(0, start) + sb + base.substring(end);
  }
}
