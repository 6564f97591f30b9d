package io.github.ucpkit.ucp.hostile;

import static io.github.ucpkit.ucp.hostile.HostileCase.COMPOSE;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers and variables whose size alone is the attack: base-60 numbers of thousands of parts, floats
 * past a double, integers past Python's 4,300 digits, .env lines that double, text that makes a
 * regular expression or a search go over it again and again.
 */
final class NumberCases {

  private NumberCases() {}

  static List<HostileCase> all() {
    List<HostileCase> out = new ArrayList<>();
    String topology = Bases.topology();
    String db = "    image: \"postgres:16.1\"\n";
    String base = Bases.compose();

    out.add(HostileCase.of("label 1:0:0:... of 1,500 parts (a 2,668-digit base-60 integer, legitimate)")
        .compose(label(base, "uptime", base60(1_500, ""))).topology(topology));
    out.add(HostileCase.of("label 1:0:0:... of 3,000 parts (5,335 digits)")
        .compose(label(base, "uptime", base60(3_000, ""))).topology(topology).error("YAML-006", COMPOSE, "uptime:"));
    out.add(HostileCase.of("base-60 integer of 100,000 parts")
        .compose(label(base, "uptime", base60(100_000, ""))).topology(topology).error("YAML-006", COMPOSE, "uptime:"));
    out.add(HostileCase.of("base-60 float of 200 parts")
        .compose(label(base, "uptime", base60(200, ".5"))).topology(topology).error("YAML-006", COMPOSE, "uptime:"));
    out.add(HostileCase.of("plain integer of 5,000 digits")
        .compose(base.replace(db, db + "    environment:\n      N: " + "7".repeat(5_000) + "\n")).topology(topology)
        .error("YAML-006", COMPOSE, "N: 777"));
    out.add(HostileCase.of("hex integer of 100,000 digits")
        .compose(label(base, "build", "0x" + "f".repeat(100_000))).topology(topology).error("YAML-006", COMPOSE, "build:"));
    out.add(HostileCase.of("!!int tag on 5,000 digits")
        .compose(label(base, "build", "!!int \"" + "9".repeat(5_000) + "\"")).topology(topology).error("YAML-006", COMPOSE, "build:"));
    out.add(HostileCase.of("quoted scale of 2,000 digits (legitimate)")
        .compose(base.replace(db, db + "    scale: \"" + "1".repeat(2_000) + "\"\n")).topology(topology));
    out.add(HostileCase.of("quoted scale of 100,000 digits")
        .compose(base.replace(db, db + "    scale: \"" + "1".repeat(100_000) + "\"\n")).topology(topology)
        .error("COMPOSE-CONV-001", COMPOSE, "scale:"));
    out.add(HostileCase.of("quoted ulimit in hex past 4,300 digits")
        .compose(base.replace(db, db + "    ulimits:\n      nofile: \"0x" + new BigInteger("1" + "0".repeat(4_300)).toString(16) + "\"\n"))
        .topology(topology).error("COMPOSE-CONV-001", COMPOSE, "nofile:"));
    out.add(HostileCase.of("label 1.0e+999999999 (inf, as in docker-compose)")
        .compose(label(base, "ratio", "1.0e+999999999")).topology(topology));
    out.add(HostileCase.of("label 1.0e+9999999999999999999 (an exponent past a long)")
        .compose(label(base, "ratio", "1.0e+9999999999999999999")).topology(topology));
    out.add(HostileCase.of("label 1. followed by a million zeros")
        .compose(label(base, "ratio", "1." + "0".repeat(1_000_000))).topology(topology));
    out.add(HostileCase.of("cpus \"1e999999999\"")
        .compose(base.replace(db, db + "    cpus: \"1e999999999\"\n")).topology(topology).error("COMPOSE-CPU-001", COMPOSE, "cpus:"));
    out.add(HostileCase.of("cpus 1.0e+999999999")
        .compose(base.replace(db, db + "    cpus: 1.0e+999999999\n")).topology(topology).error("COMPOSE-CPU-001", COMPOSE, "cpus:"));
    out.add(HostileCase.of("cpus of a million digits")
        .compose(base.replace(db, db + "    cpus: \"0." + "3".repeat(1_000_000) + "\"\n")).topology(topology)
        .error("COMPOSE-CPU-001", COMPOSE, "cpus:"));
    out.add(HostileCase.of("cpu_quota of a 5,000-digit duration")
        .compose(base.replace(db, db + "    cpu_quota: \"" + "9".repeat(5_000) + "ms\"\n")).topology(topology)
        .error("COMPOSE-CONV-001", COMPOSE, "cpu_quota:"));

    out.add(HostileCase.of("interlock.context_root of 200,000 slashes (a quadratic replaceAll)")
        .compose(Bases.compose("@CTX@", "a" + "/".repeat(200_000) + "x")).topology(topology)
        .error("LB-VAL-002", COMPOSE, "interlock.context_root"));

    // .env and substitution
    StringBuilder doubling = new StringBuilder("A0=0123456789\n");
    for (int i = 1; i <= 40; i++) {
      doubling.append('A').append(i).append("=${A").append(i - 1).append("}${A").append(i - 1).append("}\n");
    }
    String usesA40 = base.replace(db, db + "    environment:\n      BIG: \"${A40}\"\n");
    out.add(HostileCase.of(".env of 40 doubling lines (a terabyte)").compose(usesA40).topology(topology)
        .file("app/.env", doubling.toString()).error("COMPOSE-INTERP-006", "app/.env", "A18="));
    // In an unclosed "${" python-dotenv's pattern looks for a '}' or ':' to the end of the value, and
    // the reader did that again from every "${": at 1 MiB, the .env limit, minutes of work. Now each
    // character is looked at a bounded number of times.
    String fromEnv = Bases.compose("@HOST@", "\"${HOST}\"");
    for (String open : List.of("${a", "${a:", "${a:-")) {
      out.add(HostileCase.of(".env value of 1 MiB of unclosed " + open).compose(fromEnv).topology(topology)
          .file("app/.env", "HOST=web\nA=" + open.repeat(1_000_000 / open.length()) + "\n"));
    }
    StringBuilder names = new StringBuilder();
    for (int i = 0; names.length() < 4_000_000; i++) {
      names.append("$v").append(i);
    }
    out.add(HostileCase.of("a value naming 500,000 unset variables (warnings, capped)")
        .compose(base.replace(db, db + "    environment:\n      MANY: \"" + names + "\"\n")).topology(topology));
    out.add(HostileCase.of(".env of 500,000 lines docker-compose skips (warnings, capped)").compose(fromEnv).topology(topology)
        .file("app/.env", "HOST=web\n" + "=\n".repeat(500_000)));
    String twenty = base.replace(db, db + "    environment:\n      BIG: \"" + "${X}".repeat(20) + "\"\n");
    out.add(HostileCase.of("a 512 KiB variable substituted 20 times").compose(twenty).topology(topology)
        .file("app/.env", "X=" + "x".repeat(512 * 1024) + "\n").error("COMPOSE-INTERP-007", COMPOSE, "BIG:"));
    String many = base.replace(db, db + "    environment:\n      BIG: \"" + "$X".repeat(1_000_000) + "\"\n");
    out.add(HostileCase.of("a 1 KiB variable substituted a million times").compose(many).topology(topology)
        .file("app/.env", "X=" + "x".repeat(1024) + "\n").error("COMPOSE-INTERP-007", COMPOSE, "BIG:"));
    return out;
  }

  /** 1 followed by {@code parts - 1} zero parts, then {@code tail} (".5" makes it a float). */
  static String base60(int parts, String tail) {
    return "1" + ":0".repeat(parts - 1) + tail;
  }

  /** The base Compose file with one more label on the routed service. */
  static String label(String compose, String key, String value) {
    String anchor = "      interlock.hostname:";
    return compose.replace(anchor, "      " + key + ": " + value + "\n" + anchor);
  }
}
