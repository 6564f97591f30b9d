package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.e2e.support.RealCheckers;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every artifact of every scenario, as rendered, judged by the real program that will consume it
 * (DESIGN §6, "checked by"). One case per scenario and artifact, named {@code scenario / file}.
 * A second set of cases breaks a good artifact in ways the tools only warn about (reference §3–§6)
 * and requires the check to fail, so a lenient check cannot pass silently.
 */
class RealValidatorsTest {

  /**
   * One artifact, with its siblings (lb-stack.yml names ./nginx.conf, so all are written together),
   * and the project they were generated from: a stack file's artifact names its inputs' files by
   * relative paths, so the artifacts are checked where they lie, in {@code target/ucp} of a copy.
   */
  record Case(List<Artifact> all, String name, String content, Path project) {}

  static Stream<Arguments> artifacts() {
    return Scenario.all().stream().flatMap(s -> {
      List<Artifact> all = s.render();
      return all.stream().map(a -> Arguments.of(Named.of(s.name() + " / " + a.name(), new Case(all, a.name(), a.content(), s.dir()))));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("artifacts")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void realToolAcceptsTheArtifact(Case c, @TempDir Path dir) throws IOException {
    check(c, dir);
  }

  /** A mistake made in a good artifact, and what the tool must say about it. */
  record Mistake(String file, UnaryOperator<String> edit, String message) {}

  /** Mistakes each tool lets through with exit 0 and only a message, made in the sample's artifacts. */
  static Stream<Arguments> mistakes() {
    Map<String, Mistake> mistakes = Map.of(
        "haproxy.cfg: redirect in a tcp frontend (a warning, fatal only with -dW)",
        new Mistake("haproxy.cfg", t -> t.replaceFirst("(?m)^    default_backend ucp_controllers$",
            "    redirect scheme https code 301 if !{ ssl_fc }\n    default_backend ucp_controllers"), "require HTTP mode"),
        "nginx.conf: two servers with one name (nginx -t exits 0 with a [warn])",
        new Mistake("nginx.conf", t -> t.replace("server_name results.example.com;", "server_name vote.example.com;"),
            "conflicting server name"),
        "example.com.zone: out-of-zone data (named-checkzone exits 0)",
        new Mistake("example.com.zone", t -> t + "foo.example.org.        IN A    10.0.0.1\n", "ignoring out-of-zone data"),
        // BIND only says "TTL set to prior TTL" when both records state a TTL; after a record that
        // takes $TTL, a second TTL passes without a word
        "example.com.zone: one RRset with two TTLs (named-checkzone exits 0)",
        new Mistake("example.com.zone",
            t -> t + "mixed                60 IN A    10.10.20.98\nmixed                30 IN A    10.10.20.99\n",
            "TTL set to prior TTL"),
        "voting-app.yml: an unknown service key",
        new Mistake("voting-app.yml", t -> t.replaceFirst("(?m)^    image:", "    imagee:"), "Unsupported config option"));
    Scenario sample = Scenario.all().stream().filter(s -> s.name().equals("sample-project")).findFirst().orElseThrow();
    List<Artifact> all = sample.render();
    return mistakes.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
      Mistake m = e.getValue();
      String good = Scenario.byName(all).get(m.file());
      String bad = m.edit().apply(good);
      assertNotEquals(good, bad, "the edit did not apply: " + e.getKey());
      return Arguments.of(Named.of(e.getKey(), new Case(all, m.file(), bad, sample.dir())), m.message());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void realCheckRejectsAKnownMistake(Case c, String message, @TempDir Path dir) {
    AssertionError e = assertThrows(AssertionError.class, () -> check(c, dir));
    assertTrue(e.getMessage().contains(message), "expected the tool to say \"" + message + "\", got:\n" + e.getMessage());
  }

  private static void check(Case c, Path dir) throws IOException {
    Path copy = dir.resolve("project");
    try (Stream<Path> walk = Files.walk(c.project())) {
      for (Path p : walk.filter(p -> !c.project().relativize(p).startsWith("target")).toList()) {
        Path target = copy.resolve(c.project().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Path out = Files.createDirectories(copy.resolve("target/ucp"));
    for (Artifact a : c.all()) {
      Files.writeString(out.resolve(a.name()), a.name().equals(c.name()) ? c.content() : a.content(), StandardCharsets.UTF_8);
    }
    Path file = out.resolve(c.name());
    RealCheckers.artifact(c.name(), c.content(), file, dir, f -> {
      RealCheckers.compose(f);
      if (c.content().contains("\nversion: \"3.")) {
        // a 3.x app file of a scenario is deployed with docker stack deploy: its verdict counts too
        RealCheckers.stack(f);
      }
    });
  }
}
