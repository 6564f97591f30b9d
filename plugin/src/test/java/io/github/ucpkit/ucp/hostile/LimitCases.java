package io.github.ucpkit.ucp.hostile;

import static io.github.ucpkit.ucp.hostile.HostileCase.COMPOSE;

import io.github.ucpkit.ucp.load.env.EnvLimits;
import io.github.ucpkit.ucp.load.yaml.YamlLimits;
import io.github.ucpkit.ucp.model.yaml.PyFloat;
import io.github.ucpkit.ucp.model.yaml.Yaml11;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * Every bound at limit − 1, limit and limit + 1, with the limits read from the code: the first two
 * are accepted (and generated), the third gets exactly its finding. The files run to megabytes, so
 * each case is built only when it runs.
 */
final class LimitCases {

  private static final YamlLimits YAML = YamlLimits.DEFAULT;
  private static final EnvLimits ENV = EnvLimits.DEFAULT;

  private LimitCases() {}

  static List<Named<Supplier<HostileCase>>> all() {
    List<Named<Supplier<HostileCase>>> out = new ArrayList<>();
    for (int delta = -1; delta <= 1; delta++) {
      int d = delta;
      String at = d < 0 ? "limit - 1" : d == 0 ? "limit" : "limit + 1";
      out.add(named("file size at " + at, () -> fileSize(d)));
      out.add(named("nesting depth at " + at, () -> depth(d)));
      out.add(named("nodes after aliases at " + at, () -> nodes(d)));
      out.add(named("characters after aliases at " + at, () -> characters(d)));
      out.add(named("integer digits at " + at, () -> digits(d)));
      out.add(named("hex integer digits at " + at, () -> hexDigits(d)));
      out.add(named("quoted integer digits at " + at, () -> quotedDigits(d)));
      out.add(named("base-60 float parts at " + at, () -> base60Parts(d)));
      out.add(named(".env size at " + at, () -> dotEnvSize(d)));
      out.add(named(".env expansion at " + at, () -> dotEnvExpansion(d)));
      out.add(named("substituted text at " + at, () -> substituted(d)));
    }
    out.add(named("a 7 MB value aliased 1,000 times", LimitCases::aliasedValue));
    return out;
  }

  private static Named<Supplier<HostileCase>> named(String name, Supplier<HostileCase> c) {
    return Named.of(name, c);
  }

  private static HostileCase fileSize(int delta) {
    String compose = Bases.compose() + "# ";
    long target = YAML.maxBytes() + delta;
    String padded = compose + "p".repeat((int) (target - bytes(compose) - 1)) + "\n";
    HostileCase c = HostileCase.of("file size").compose(padded).topology(Bases.topology());
    return delta > 0 ? c.errorAtLine("YAML-003", COMPOSE, 0) : c;
  }

  /** The top-level mapping is level 1, x-deep's value level 2. */
  private static HostileCase depth(int delta) {
    int brackets = YAML.maxDepth() - 1 + delta;
    String compose = Bases.compose() + "x-deep: " + "[".repeat(brackets) + "]".repeat(brackets) + "\n";
    HostileCase c = HostileCase.of("depth").compose(compose).topology(Bases.topology());
    return delta > 0 ? c.error("YAML-003", COMPOSE, "x-deep:") : c;
  }

  private static HostileCase nodes(int delta) {
    String base = Bases.compose();
    // x-pad adds its key, its list and one node per item
    long items = YAML.maxNodes() + delta - count(base).nodes() - 2;
    String compose = base + "x-pad: [" + "a, ".repeat((int) items - 1) + "a]\n";
    HostileCase c = HostileCase.of("nodes").compose(compose).topology(Bases.topology());
    return delta > 0 ? c.error("YAML-003", COMPOSE, "x-pad:") : c;
  }

  /** Seven aliases of x-big, and x-pad to make the sum exact. */
  private static HostileCase characters(int delta) {
    String base = Bases.compose();
    long target = YAML.maxChars() + delta;
    long fixed = count(base).chars() + "x-pad".length() + "x-big".length() + "x-copies".length();
    long big = (target - fixed) / 8;
    long pad = target - fixed - 8 * big;
    String compose = base + "x-pad: \"" + "p".repeat((int) pad) + "\"\n"
        + "x-big: &big \"" + "b".repeat((int) big) + "\"\n"
        + "x-copies: [*big, *big, *big, *big, *big, *big, *big]\n";
    HostileCase c = HostileCase.of("characters").compose(compose).topology(Bases.topology());
    return delta > 0 ? c.error("YAML-003", COMPOSE, "x-copies:") : c;
  }

  private static HostileCase digits(int delta) {
    String number = "1" + "0".repeat(Yaml11.MAX_INT_DIGITS - 1 + delta);
    HostileCase c = HostileCase.of("digits").compose(NumberCases.label(Bases.compose(), "build", number)).topology(Bases.topology());
    return delta > 0 ? c.error("YAML-006", COMPOSE, "build:") : c;
  }

  /** 10^(digits - 1) written in hex: the estimate from the hex digits is near the limit, the exact count decides. */
  private static HostileCase hexDigits(int delta) {
    String hex = "0x" + BigInteger.TEN.pow(Yaml11.MAX_INT_DIGITS - 1 + delta).toString(16);
    HostileCase c = HostileCase.of("hex digits").compose(NumberCases.label(Bases.compose(), "build", hex)).topology(Bases.topology());
    return delta > 0 ? c.error("YAML-006", COMPOSE, "build:") : c;
  }

  private static HostileCase quotedDigits(int delta) {
    String db = "    image: \"postgres:16.1\"\n";
    String number = "1" + "0".repeat(Yaml11.MAX_INT_DIGITS - 1 + delta);
    HostileCase c = HostileCase.of("quoted digits")
        .compose(Bases.compose().replace(db, db + "    cpu_count: \"" + number + "\"\n")).topology(Bases.topology());
    return delta > 0 ? c.error("COMPOSE-CONV-001", COMPOSE, "cpu_count:") : c;
  }

  private static HostileCase base60Parts(int delta) {
    String value = NumberCases.base60(PyFloat.MAX_BASE60_PARTS + delta, ".5");
    HostileCase c = HostileCase.of("base-60 parts").compose(NumberCases.label(Bases.compose(), "uptime", value)).topology(Bases.topology());
    return delta > 0 ? c.error("YAML-006", COMPOSE, "uptime:") : c;
  }

  private static HostileCase dotEnvSize(int delta) {
    String head = "HOST=web\n# ";
    long target = ENV.maxDotEnvBytes() + delta;
    String env = head + "p".repeat((int) (target - bytes(head) - 1)) + "\n";
    HostileCase c = HostileCase.of(".env size").compose(Bases.compose("@HOST@", "\"${HOST}\"")).topology(Bases.topology())
        .file("app/.env", env);
    // without the .env, HOST is unset and the routed name empty
    // past the limit the .env is not used: HOST is then neither set nor committed
    return delta > 0 ? c.errorAtLine("COMPOSE-INTERP-006", ".env", 0).error("LB-HOST-003", COMPOSE, "${HOST}")
        .error("LB-ENV-001", COMPOSE, "${HOST}") : c;
  }

  /** HOST, A0, A1 = seven copies of A0, and C to make the sum exact; C's line crosses. */
  private static HostileCase dotEnvExpansion(int delta) {
    long target = ENV.maxDotEnvChars() + delta;
    int a0 = 500_000;
    long c = target - "web".length() - 8L * a0;
    String env = "HOST=web\nA0=" + "a".repeat(a0) + "\nA1=" + "${A0}".repeat(7) + "\nC=" + "c".repeat((int) c) + "\n";
    HostileCase hc = HostileCase.of(".env expansion").compose(Bases.compose("@HOST@", "\"${HOST}\"")).topology(Bases.topology())
        .file("app/.env", env);
    return delta > 0 ? hc.error("COMPOSE-INTERP-006", "app/.env", "C=").error("LB-HOST-003", COMPOSE, "${HOST}")
        .error("LB-ENV-001", COMPOSE, "${HOST}") : hc;
  }

  /** The routed name (3 characters) first, then X: two copies of A1 and literal text to make the sum exact. */
  private static HostileCase substituted(int delta) {
    int a0 = 500_000;
    String env = "HOST=web\nA0=" + "a".repeat(a0) + "\nA1=" + "${A0}".repeat(7) + "\n";
    long literal = ENV.maxSubstitutedChars() + delta - "web".length() - 14L * a0;
    String compose = Bases.compose("@HOST@", "\"${HOST}\"")
        .replace("      - front\n  db:", "      - front\n    environment:\n      X: \"${A1}${A1}" + "x".repeat((int) literal) + "\"\n  db:");
    HostileCase c = HostileCase.of("substituted").compose(compose).topology(Bases.topology()).file("app/.env", env);
    return delta > 0 ? c.error("COMPOSE-INTERP-007", COMPOSE, "X:") : c;
  }

  private static HostileCase aliasedValue() {
    StringBuilder compose = new StringBuilder(Bases.compose()).append("x-big: &big \"").append("x".repeat(7_000_000)).append("\"\n")
        .append("x-copies:\n");
    for (int i = 0; i < 1_000; i++) {
      compose.append("  - *big\n");
    }
    return HostileCase.of("aliased").compose(compose.toString()).topology(Bases.topology())
        .errorAtLine("YAML-003", COMPOSE, Bases.compose().split("\n").length + 3);
  }

  private record Count(long nodes, long chars) {}

  /** Nodes and characters of a document without aliases, as the reader counts them. */
  private static Count count(String yaml) {
    long nodes = 0;
    long chars = 0;
    for (Event e : new Parse(LoadSettings.builder().build()).parseString(yaml)) {
      switch (e.getEventId()) {
        case Scalar -> {
          nodes++;
          chars += ((ScalarEvent) e).getValue().length();
        }
        case MappingStart, SequenceStart -> nodes++;
        default -> { }
      }
    }
    return new Count(nodes, chars);
  }

  private static long bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
