package io.github.ucpkit.ucp.model.route;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every reason a route cannot resolve names rules that exist and fail the build. */
class ProblemTest {

  private static final Map<String, RuleInfo> CATALOG =
      Rules.catalog().stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));

  @ParameterizedTest
  @EnumSource(Problem.class)
  void isReportedByErrorRules(Problem problem) {
    assertFalse(problem.reportedBy().isEmpty(), problem.name());
    for (String id : problem.reportedBy()) {
      assertTrue(CATALOG.containsKey(id), problem + " names unknown rule " + id);
      assertTrue(CATALOG.get(id).severity() == Severity.ERROR, problem + " names " + id + ", which is not an error");
    }
  }
}
