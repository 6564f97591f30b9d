package io.github.ucpkit.ucp.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A rule that declares {@link Rule.Reach#FILE} runs on each file alone, as soon as it is loaded. That
 * is only right if it finds the same over all fixture files at once as over each by itself. One that
 * declares {@link Rule.Reach#TOPOLOGY} is skipped when there is no spec, which is only right if it
 * finds nothing without one.
 */
class RuleReachTest {

  private static final List<ComposeFile> ALL_FIXTURES = Pipeline.validate(
      new Pipeline.Request(List.of(Fixture.ROOT), Set.of(), Map.of())).inputs().compose();

  @TestFactory
  Stream<DynamicTest> fileRulesFindTheSameAloneAsTogether() {
    assertTrue(ALL_FIXTURES.size() > 200, "only " + ALL_FIXTURES.size() + " fixture files loaded");
    return Rules.all().stream().filter(r -> r.reach() == Rule.Reach.FILE).map(rule -> DynamicTest.dynamicTest(
        rule.info().id(), () -> {
          List<Diagnostic> together = run(rule, ALL_FIXTURES);
          List<Diagnostic> alone = new ArrayList<>();
          ALL_FIXTURES.forEach(f -> alone.addAll(run(rule, List.of(f))));
          alone.sort(null);
          assertEquals(together, alone);
        }));
  }

  /** The checker skips a {@link Rule.Reach#TOPOLOGY} rule when there is no spec: it must then find nothing anyway. */
  @TestFactory
  Stream<DynamicTest> topologyRulesFindNothingWithoutASpec() {
    List<Rule> rules = Rules.all().stream().filter(r -> r.reach() == Rule.Reach.TOPOLOGY).toList();
    assertTrue(rules.size() > 40, "only " + rules.size() + " topology rules");
    return rules.stream().map(rule -> DynamicTest.dynamicTest(
        rule.info().id(), () -> assertEquals(List.of(), run(rule, ALL_FIXTURES))));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleAboutTheSpecSaysSo() {
    // the rules of the topology and dns groups, and no others, are skipped without a spec
    return Rules.all().stream().map(rule -> DynamicTest.dynamicTest(rule.info().id(), () -> {
      String group = rule.getClass().getPackageName();
      boolean aboutTheSpec = group.endsWith(".check.topology") || group.endsWith(".check.dns");
      assertEquals(aboutTheSpec, rule.reach() == Rule.Reach.TOPOLOGY, rule.getClass().getName());
    }));
  }

  private static List<Diagnostic> run(Rule rule, List<ComposeFile> files) {
    List<Diagnostic> out = new ArrayList<>();
    rule.check(new Inputs(files, Optional.empty()), new Findings(rule.info(), out));
    out.sort(null);
    return out;
  }
}
