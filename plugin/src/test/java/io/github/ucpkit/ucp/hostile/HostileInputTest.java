package io.github.ucpkit.ucp.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, case by case: the build fails with exactly the expected findings (or succeeds where
 * the input is legitimate), nothing escapes as an exception (which Maven would print as a stack
 * trace), nothing outside the output directory changes, a failed build leaves the previous artifacts
 * untouched, and every case finishes in bounded time (memory is bounded by the test JVM's -Xmx).
 */
class HostileInputTest {

  static Stream<HostileCase> cases() {
    return Stream.of(InjectionCases.all(), StructureCases.all(), ShapeCases.all(), ValueCases.all(), AcceptThenBreakCases.all(),
        NumberCases.all(), MkeInjectionCases.all(), Interlock2InjectionCases.all(), StackValueCases.all()).flatMap(List::stream);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isHandled(HostileCase c, @TempDir Path project) throws Exception {
    check(c, project);
  }

  /** Writes the case's files into {@code project}, runs it and asserts everything above. */
  static void check(HostileCase c, Path project) throws Exception {
    for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
      Path p = project.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    Path out = Files.createDirectories(project.resolve("target/ucp"));
    Files.writeString(out.resolve("previous.cfg"), "a previous run's artifact\n");
    for (Map.Entry<String, String> l : c.links().entrySet()) {
      Path link = project.resolve(l.getKey());
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, project.resolve(l.getValue()));
    }

    HostileRun.Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> HostileRun.run(project, c));

    assertEquals(c.errors(), o.errors(), "errors");
    assertEquals(outside(o.before()), outside(o.after()), "files outside target/ucp changed");
    boolean succeeded = c.errors().isEmpty() && c.refusal().isEmpty();
    if (succeeded) {
      assertTrue(o.refusal().isEmpty(), () -> "refused: " + o.refusal().get());
      assertTrue(o.after().keySet().stream().anyMatch(k -> k.startsWith("target/ucp/") && k.endsWith(".yml")),
          "a valid project gets its artifacts");
    } else {
      assertEquals(inside(o.before()), inside(o.after()), "a refused build must leave the previous artifacts as they were");
    }
    if (!c.refusal().isEmpty()) {
      assertTrue(o.refusal().isPresent() && o.refusal().get().contains(c.refusal()), () -> "refusal: " + o.refusal());
    }
  }

  private static Map<String, String> outside(Map<String, String> tree) {
    Map<String, String> m = new TreeMap<>(tree);
    m.keySet().removeIf(k -> k.startsWith("target/ucp"));
    return m;
  }

  private static Map<String, String> inside(Map<String, String> tree) {
    Map<String, String> m = new TreeMap<>(tree);
    m.keySet().removeIf(k -> !k.startsWith("target/ucp"));
    return m;
  }
}
