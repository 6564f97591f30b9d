package io.github.ucpkit.ucp.hostile;

import static io.github.ucpkit.ucp.hostile.HostileCase.COMPOSE;
import static io.github.ucpkit.ucp.hostile.HostileCase.TOPOLOGY;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Files that are hostile as files: encodings, sizes, nesting, aliases, wrong shapes, links, names. */
final class StructureCases {

  private StructureCases() {}

  static List<HostileCase> all() {
    List<HostileCase> out = new ArrayList<>();
    String topology = Bases.topology();
    String compose = Bases.compose();

    StringBuilder bomb = new StringBuilder("version: \"2.4\"\nx-a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      bomb.append("x-a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    bomb.append("services:\n  web:\n    image: nginx:1.27\n");
    out.add(HostileCase.of("alias bomb (billion laughs)").compose(bomb.toString()).topology(topology)
        .error("YAML-003", COMPOSE, "x-a5:"));
    out.add(HostileCase.of("10,000 nested flow lists").compose("version: \"2.4\"\nx-deep: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n")
        .topology(topology).errorAtLine("YAML-003", COMPOSE, 2));
    out.add(HostileCase.of("10,000 nested block lists").compose("version: \"2.4\"\nx-deep:\n  " + "- ".repeat(10_000) + "x\n")
        .topology(topology).errorAtLine("YAML-003", COMPOSE, 3));
    out.add(HostileCase.of("10,000 nested flow mappings").compose("version: \"2.4\"\nx-deep: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n")
        .topology(topology).errorAtLine("YAML-003", COMPOSE, 2));
    out.add(HostileCase.of("file over the size limit").compose(compose + "x-padding: \"" + "p".repeat(8 * 1024 * 1024) + "\"\n")
        .topology(topology).errorAtLine("YAML-003", COMPOSE, 0));
    out.add(HostileCase.of("topology over the size limit").compose(compose).topology(topology + "# " + "p".repeat(8 * 1024 * 1024) + "\n")
        .errorAtLine("YAML-003", TOPOLOGY, 0));
    String db = "    image: \"postgres:16.1\"\n";
    int cut = compose.indexOf(db) + db.length() - 1;
    out.add(HostileCase.of("invalid UTF-8").compose(spliced(compose.substring(0, cut) + " # caf", 0xE9, compose.substring(cut)))
        .topology(topology).error("YAML-005", COMPOSE, "postgres:16.1"));
    out.add(HostileCase.of("NUL byte").compose(compose.replace("db:", "d\0b:")).topology(topology).error("YAML-005", COMPOSE, "d\0b:"));
    out.add(HostileCase.of("invalid UTF-8 in the topology").compose(compose)
        .topology(bytes(topology + "# caf", 0xFF, 0x0A)).errorAtLine("YAML-005", TOPOLOGY, topology.split("\n").length + 1));
    out.add(HostileCase.of("UTF-16 LE with BOM (legitimate)").compose(utf16(compose, true)).topology(topology));
    out.add(HostileCase.of("UTF-16 BE with BOM (legitimate)").compose(utf16(compose, false)).topology(topology));
    out.add(HostileCase.of("UTF-8 BOM (legitimate)").compose(bytes("\uFEFF" + compose)).topology(bytes("\uFEFF" + topology)));
    out.add(HostileCase.of("CRLF line endings (legitimate)").compose(compose.replace("\n", "\r\n")).topology(topology.replace("\n", "\r\n")));
    out.add(HostileCase.of("tab indentation").compose(compose.replace("    image: \"postgres:16.1\"", "\timage: \"postgres:16.1\""))
        .topology(topology).error("YAML-001", COMPOSE, "postgres:16.1"));
    out.add(HostileCase.of("tab after a colon").compose(compose.replace("image: \"postgres:16.1\"", "image:\t\"postgres:16.1\""))
        .topology(topology).error("YAML-001", COMPOSE, "postgres:16.1"));
    out.add(HostileCase.of("tab in the topology").compose(compose).topology(topology.replace("  name: prod", "  name:\tprod"))
        .error("YAML-001", TOPOLOGY, "prod"));
    out.add(HostileCase.of("empty compose file").compose("").topology(topology).errorAtLine("COMPOSE-SCHEMA-002", COMPOSE, 1));
    out.add(HostileCase.of("--- alone").compose("---\n").topology(topology).errorAtLine("COMPOSE-SCHEMA-002", COMPOSE, 2));
    out.add(HostileCase.of("top-level list").compose("- web\n- db\n").topology(topology).errorAtLine("COMPOSE-SCHEMA-002", COMPOSE, 1));
    out.add(HostileCase.of("top-level scalar").compose("hello\n").topology(topology).errorAtLine("COMPOSE-SCHEMA-002", COMPOSE, 1));
    out.add(HostileCase.of("two documents").compose(compose + "---\nversion: \"2.4\"\n").topology(topology)
        .errorAtLine("YAML-001", COMPOSE, compose.split("\n").length + 1));
    out.add(HostileCase.of("empty topology").compose(compose).topology("").errorAtLine("TOPO-SCHEMA-002", TOPOLOGY, 1));
    out.add(HostileCase.of("topology is a list").compose(compose).topology("- a\n").errorAtLine("TOPO-SCHEMA-002", TOPOLOGY, 1));
    out.add(HostileCase.of("duplicate service").compose(compose.replace("  db:\n", "  web:\n")).topology(topology)
        .errorAtLine("YAML-002", COMPOSE, Bases.line(compose, "db:", 1)));
    out.add(HostileCase.of("duplicate top-level key").compose(compose + "networks:\n  front:\n").topology(topology)
        .errorAtLine("YAML-002", COMPOSE, compose.split("\n").length + 1));
    out.add(HostileCase.of("duplicate key in the topology").compose(compose).topology(topology.replace("  domain: example.com\n", "  domain: example.com\n  domain: example.org\n"))
        // the second value wins, as in PyYAML, so the routed names now lie outside the zone
        .error("YAML-002", TOPOLOGY, "example.org").error("TOPO-DNS-001", TOPOLOGY, "fqdn:")
        .error("XREF-DNS-001", COMPOSE, "interlock.domain").error("XREF-DNS-001", COMPOSE, "interlock.alias_domain"));
    out.add(HostileCase.of("alias bomb in the topology").compose(compose).topology(topology + bomb.substring(bomb.indexOf("x-a0"), bomb.indexOf("services:")).replace("x-a", "xa"))
        .error("YAML-003", TOPOLOGY, "xa5:"));

    out.addAll(LinkCases.all());
    return out;
  }

  static byte[] bytes(String text, int... tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    for (int b : tail) {
      out.write(b);
    }
    return out.toByteArray();
  }

  /** {@code head}, one raw byte, then {@code tail}: an invalid byte in the middle of a file. */
  static byte[] spliced(String head, int b, String tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.write(b);
    out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] utf16(String text, boolean littleEndian) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(littleEndian ? 0xFF : 0xFE);
    out.write(littleEndian ? 0xFE : 0xFF);
    out.writeBytes(text.getBytes(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
    return out.toByteArray();
  }
}
