package io.github.ucpkit.ucp.gitops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.BaselineRun;
import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.cache.PluginBuild;
import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.load.compose.ProjectNames;
import io.github.ucpkit.ucp.policy.Policy;
import io.github.ucpkit.ucp.policy.RuleSettings;
import io.github.ucpkit.ucp.policy.Tally;
import io.github.ucpkit.ucp.write.ArtifactWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run cache never changes a verdict. Two copies of one project take the same random edits
 * (inputs, environment, committed artifacts, the manifest, leftovers of a killed run, a rebuilt
 * plugin, rule settings, ucp-ignore comments, the baseline file); after each, the same goal runs on
 * both, with the cache on one and off on the other, and must give the same errors, findings, drift,
 * writes and output directory. Several hundred steps per build; {@code -Pthorough} runs more.
 */
class CacheDifferentialTest {

  @TempDir
  Path tmp;

  private static final String[] HOSTS = {"vote", "ballot", "vote", "poll"};
  private static final String[] IMAGES = {"nicolaka/voting-app:1.0", "nicolaka/voting-app:latest", "nicolaka/voting-app:${TAG:-2.0}"};
  private static final String[] ENV_FILES = {"", "TAG=3.0\n", "TAG=3.0\nCOMPOSE_PROJECT_NAME=polls\n"};
  private static final String[] TTLS = {"300", "600", "0"}; // 0 is an error (DNS-TTL-001)
  private static final List<Map<String, String>> ENVIRONMENTS = List.of(Map.of(), Map.of("TAG", "4.0"), Map.of("TAG", "5.0"));
  // DNS-*=warning lets the TTL error through to the build as a warning; rendering still stops on it
  private static final List<List<String>> RULES = List.of(List.of(), List.of("COMPOSE-IMG-001=off"), List.of("COMPOSE-*=note"),
      List.of("DNS-*=warning"));
  private static final String[] IGNORES = {"", "    # ucp-ignore COMPOSE-IMG-001: test\n", "    # ucp-ignore LB-HOST-001: unused\n"};

  /** One copy of the project and how it is run. */
  private record Copy(Path dir, boolean cached) {

    Path out() {
      return dir.resolve("deploy/ucp");
    }

    Runner.Settings settings(List<String> rules) {
      Policy policy = new Policy(RuleSettings.parse(rules, Rules.catalog()), Optional.of(dir.resolve("ucp-baseline.json")), false);
      return new Runner.Settings(dir, out(), dir.resolve("target/ucp-reports"),
          cached ? Optional.of(dir.resolve("target/ucp-cache")) : Optional.empty(), "2026-11-26T00:00:00Z", "test", policy);
    }

    Pipeline.Request request(Map<String, String> env) {
      Path topology = dir.resolve("src/main/ucp/topology.yml");
      return new Pipeline.Request(List.of(dir.resolve("docker-compose.yml")), Optional.of(topology),
          Set.of(topology, out(), dir.resolve("target/ucp-reports")), env,
          new ProjectNames.Naming(Optional.empty(), Optional.of("voting-app"), dir));
    }
  }

  private final Random random = new Random(20261203L);
  private Map<String, String> env = Map.of();
  private String host = HOSTS[0];
  private String image = IMAGES[0];
  private String ttl = TTLS[0];
  private List<String> rules = RULES.get(0);
  private String ignore = IGNORES[0];

  @Test
  void aRunWithTheCacheGivesWhatARunWithoutItGives() throws Exception {
    Copy cached = new Copy(Files.createDirectories(tmp.resolve("a")), true);
    Copy plain = new Copy(Files.createDirectories(tmp.resolve("b")), false);
    for (Copy c : List.of(cached, plain)) {
      writeInputs(c, "");
    }
    int steps = Integer.getInteger("ucp.properties.tries", 500) >= 10_000 ? 3000 : 400;
    Map<String, Integer> reused = new TreeMap<>();
    List<String> history = new ArrayList<>();
    for (int step = 0; step < steps; step++) {
      String edit = edit(cached, plain);
      String goal = List.of("validate", "generate", "check").get(random.nextInt(3));
      history.add(step + ": " + edit + ", then " + goal);
      Runner.Outcome a = run(goal, cached);
      Runner.Outcome b = run(goal, plain);
      String where = "after " + String.join("; ", history.subList(Math.max(0, history.size() - 6), history.size()));
      assertEquals(a.hasErrors(), b.hasErrors(), where);
      assertEquals(findings(a, cached), findings(b, plain), where);
      assertEquals(tally(a, cached), tally(b, plain), where);
      assertEquals(drift(a), drift(b), where);
      assertEquals(a.written().map(w -> w.written() + " " + w.removed()), b.written().map(w -> w.written() + " " + w.removed()), where);
      assertEquals(tree(cached.out()), tree(plain.out()), where);
      if (a.reused()) {
        reused.merge(goal, 1, Integer::sum);
      }
    }
    System.out.println("cache differential: " + steps + " steps, reused " + reused);
    // the property says nothing unless the cache was actually used, for every goal
    for (String goal : List.of("validate", "generate", "check")) {
      assertTrue(reused.getOrDefault(goal, 0) >= 5, "too few reused runs of " + goal + ": " + reused);
    }
  }

  /** Applies one random edit to both copies; returns what it was. */
  private String edit(Copy... copies) throws IOException {
    int kind = random.nextInt(17);
    String what;
    switch (kind) {
      case 0 -> {
        host = HOSTS[random.nextInt(HOSTS.length)];
        what = "host " + host;
      }
      case 1 -> {
        image = IMAGES[random.nextInt(IMAGES.length)];
        what = "image " + image;
      }
      case 2 -> {
        ttl = TTLS[random.nextInt(TTLS.length)];
        what = "ttl " + ttl;
      }
      case 3 -> {
        env = ENVIRONMENTS.get(random.nextInt(ENVIRONMENTS.size()));
        what = "environment " + env;
      }
      case 14 -> {
        rules = RULES.get(random.nextInt(RULES.size()));
        what = "rules " + rules;
      }
      case 15 -> {
        ignore = IGNORES[random.nextInt(IGNORES.length)];
        what = "comment " + ignore.strip();
      }
      default -> what = null;
    }
    String envFile = kind == 4 ? ENV_FILES[random.nextInt(ENV_FILES.length)] : null;
    int pick = random.nextInt(1000);
    for (Copy c : copies) {
      if (kind <= 2 || kind == 15) {
        writeInputs(c, null);
      } else if (kind == 16) {
        what = editBaseline(c, pick);
      } else if (kind == 4) {
        writeInputs(c, envFile);
        what = "env file " + envFile.replace("\n", " ");
      } else if (kind >= 5 && kind <= 13) {
        what = editOutput(c, kind, pick);
      }
    }
    if (kind == 13) {
      // a rebuilt plugin: a newer class file changes the build's identity
      Path classes = Path.of(PluginBuild.class.getProtectionDomain().getCodeSource().getLocation().getPath());
      Path any = classes.resolve(PluginBuild.class.getName().replace('.', '/') + ".class");
      if (Files.isRegularFile(any)) {
        Files.setLastModifiedTime(any, FileTime.fromMillis(System.currentTimeMillis() + 1000L * random.nextInt(1000)));
      }
      what = "plugin rebuilt";
    }
    return what == null ? "nothing" : what;
  }

  /** The baseline written from what the copy finds now, removed, or cut down to its first entry. */
  private String editBaseline(Copy c, int pick) throws IOException {
    Path file = c.dir().resolve("ucp-baseline.json");
    if (pick % 3 == 0) {
      BaselineRun.record(c.request(env), c.settings(rules));
    } else if (pick % 3 == 1) {
      Files.deleteIfExists(file);
    } else if (Files.exists(file) && Files.readString(file).contains("}, {")) {
      String text = Files.readString(file);
      Files.writeString(file, text.substring(0, text.indexOf("}, {")) + "} ]\n}\n");
    }
    return List.of("baseline written", "baseline removed", "baseline cut").get(pick % 3);
  }

  /** An edit of the committed artifacts, the same on both copies. */
  private static String editOutput(Copy c, int kind, int pick) throws IOException {
    Path out = c.out();
    List<Path> files = files(out);
    if (files.isEmpty() && kind < 11) {
      return "no artifacts yet";
    }
    Path one = files.isEmpty() ? null : files.get(pick % files.size());
    switch (kind) {
      case 5 -> Files.write(one, "# edited by hand\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
      case 6 -> Files.delete(one);
      case 7 -> Files.write(one, new String(Files.readAllBytes(one), StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      case 8 -> {
        Files.writeString(out.resolve("extra-" + pick % 3 + ".yml"), "stale: true\n");
        write(out.resolve(ArtifactWriter.MANIFEST), read(out.resolve(ArtifactWriter.MANIFEST)) + "extra-" + pick % 3 + ".yml\n");
        return "an extra file listed in the manifest";
      }
      case 9 -> {
        write(out.resolve(ArtifactWriter.MANIFEST), read(out.resolve(ArtifactWriter.MANIFEST)).replace(one.getFileName() + "\n", ""));
        return "unlisted " + one.getFileName();
      }
      case 10 -> {
        Files.writeString(out.resolve("notes-" + pick % 2 + ".md"), "not ours\n");
        return "a foreign file";
      }
      case 11 -> {
        Files.createDirectories(out.resolve(".ucp-staging-left" + pick % 2 + "/new"));
        return "a killed run's staging";
      }
      case 12 -> {
        Files.createDirectories(out);
        Files.write(out.resolve("binary-" + pick % 2 + ".yml"), new byte[] {(byte) 0xff, 0});
        write(out.resolve(ArtifactWriter.MANIFEST), read(out.resolve(ArtifactWriter.MANIFEST)) + "binary-" + pick % 2 + ".yml\n");
        return "a listed file that is not text";
      }
      default -> {
        return "nothing";
      }
    }
    return List.of("edited", "deleted", "CRLF").get(kind - 5) + " " + one.getFileName();
  }

  private void writeInputs(Copy c, String envFile) throws IOException {
    String compose = Files.readString(Path.of("../sample-project/docker-compose.yml"))
        .replace("interlock.hostname: \"vote\"", "interlock.hostname: \"" + host + "\"")
        .replace("    image: nicolaka/voting-app:latest", ignore + "    image: " + image);
    Files.writeString(c.dir().resolve("docker-compose.yml"), compose);
    Path spec = Files.createDirectories(c.dir().resolve("src/main/ucp")).resolve("topology.yml");
    Files.writeString(spec, Files.readString(Path.of("../sample-project/src/main/ucp/topology.yml")).replace("ttl: 300", "ttl: " + ttl));
    if (envFile != null) {
      Files.writeString(c.dir().resolve(".env"), envFile);
    }
  }

  private Runner.Outcome run(String goal, Copy c) throws IOException {
    return switch (goal) {
      case "validate" -> Runner.validate(c.request(env), c.settings(rules));
      case "generate" -> Runner.generate(c.request(env), c.settings(rules));
      default -> Runner.check(c.request(env), c.settings(rules));
    };
  }

  private static List<String> findings(Runner.Outcome o, Copy c) {
    return o.diagnostics().stream().map(d -> line(d, c)).toList();
  }

  private static String line(Diagnostic d, Copy c) {
    return c.dir().relativize(d.at().file().toAbsolutePath()) + ":" + d.at().line() + ":" + d.at().column() + " " + d.ruleId()
        + " " + d.message().replace(c.dir().toString(), "<dir>");
  }

  private static String tally(Runner.Outcome o, Copy c) {
    Tally t = o.tally();
    return t.suppressed() + " suppressed, " + t.known() + " known, " + t.gone() + " gone in " + t.baseline() + ", silenced "
        + t.silencedErrors().stream().map(d -> line(d, c)).toList();
  }

  private static List<String> drift(Runner.Outcome o) {
    return o.drift().stream().map(d -> d.name() + " " + d.kind() + "\n" + d.diff()).toList();
  }

  private static String read(Path p) throws IOException {
    return Files.exists(p) ? new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1) : "";
  }

  private static void write(Path p, String latin1) throws IOException {
    Files.createDirectories(p.getParent());
    Files.write(p, latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Every entry below {@code dir} with its bytes, hidden ones included. */
  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted().toList()) {
        out.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? java.util.HexFormat.of().formatHex(Files.readAllBytes(p)) : "<dir>");
      }
    }
    return out;
  }
}
