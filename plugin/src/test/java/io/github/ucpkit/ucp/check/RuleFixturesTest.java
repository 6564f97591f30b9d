package io.github.ucpkit.ucp.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.RuleInfo;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every rule's fixtures through the whole pipeline: {@code bad/} must yield exactly the marked
 * findings (for every rule id it marks), with the hint text a marker names, {@code good/} must yield
 * no error and nothing from the rule.
 */
class RuleFixturesTest {

  static Stream<String> ids() {
    return Rules.catalog().stream().map(RuleInfo::id);
  }

  @ParameterizedTest(name = "{0} bad")
  @MethodSource("ids")
  void badFixtureYieldsExactlyTheMarkedFindings(String id) {
    Fixture fixture = new Fixture(Fixture.ROOT.resolve(id).resolve("bad"));
    assertTrue(Files.isDirectory(fixture.dir()), "missing fixture " + fixture.dir());
    Set<Fixture.Mark> expected = fixture.expected();
    assertTrue(expected.stream().anyMatch(m -> m.ruleId().equals(id)), "bad fixture marks no " + id);
    Set<String> marked = expected.stream().map(Fixture.Mark::ruleId).collect(Collectors.toSet());
    Pipeline.Validated result = fixture.run();
    Set<Fixture.Mark> actual = new TreeSet<>();
    for (Diagnostic d : result.diagnostics()) {
      if (marked.contains(d.ruleId())) {
        actual.add(Fixture.mark(d));
      }
    }
    assertEquals(expected, actual, () -> "all findings:\n" + describe(result.diagnostics()));
    fixture.expectedHints().forEach((mark, text) -> assertTrue(
        result.diagnostics().stream().anyMatch(d -> Fixture.mark(d).equals(mark) && d.hint().startsWith(text)),
        () -> mark + " has no hint starting with " + text + "; hints there: " + result.diagnostics().stream()
            .filter(d -> Fixture.mark(d).equals(mark)).map(Diagnostic::hint).toList()));
  }

  @ParameterizedTest(name = "{0} good")
  @MethodSource("ids")
  void goodFixtureIsClean(String id) {
    Fixture fixture = new Fixture(Fixture.ROOT.resolve(id).resolve("good"));
    assertTrue(Files.isDirectory(fixture.dir()), "missing fixture " + fixture.dir());
    Pipeline.Validated result = fixture.run();
    assertTrue(result.filesChecked() > 0, "good fixture checks no file");
    List<Diagnostic> bad = result.diagnostics().stream()
        .filter(d -> d.isError() || d.ruleId().equals(id))
        .toList();
    assertFalse(!bad.isEmpty(), () -> "good fixture of " + id + " yields:\n" + describe(bad));
  }

  private static String describe(List<Diagnostic> ds) {
    return ds.stream()
        .map(d -> d.at().file().getFileName() + ":" + d.at().line() + ":" + d.at().column() + " " + d.ruleId() + " " + d.message())
        .collect(Collectors.joining("\n"));
  }
}
