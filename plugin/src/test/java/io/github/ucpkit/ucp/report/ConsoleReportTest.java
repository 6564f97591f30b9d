package io.github.ucpkit.ucp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.policy.Tally;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The summary line counts notes apart and says what the policy kept from the build; notes render everywhere. */
class ConsoleReportTest {

  private static final Path DIR = Path.of("/project");

  private static Diagnostic finding(Severity severity, int line) {
    return new Diagnostic("COMPOSE-IMG-001", severity, new Location(DIR.resolve("docker-compose.yml"), line, 3), "m", "");
  }

  @Test
  void theSummaryCountsNotesOnlyWhenThereAreAnyAndSaysWhatWasSkipped() {
    List<Diagnostic> some = List.of(finding(Severity.ERROR, 1), finding(Severity.WARNING, 2), finding(Severity.NOTE, 3),
        finding(Severity.NOTE, 4));
    assertEquals("ucp: 2 files checked, 1 error, 1 warning, 2 notes; 3 controllers tolerate 1 failure",
        ConsoleReport.summary(2, some, List.of("3 controllers tolerate 1 failure")));
    assertEquals("ucp: 1 file checked, 0 errors, 0 warnings", ConsoleReport.summary(1, List.of(), List.of()));
    Tally tally = new Tally(2, 3, 0, "ucp-baseline.json", List.of());
    assertEquals("ucp: 2 files checked, 0 errors, 1 warning (3 known findings in ucp-baseline.json skipped, 2 suppressed)",
        ConsoleReport.summary(2, List.of(finding(Severity.WARNING, 1)), tally, List.of()));
    assertEquals("ucp: 1 file checked, 0 errors, 0 warnings (1 known finding in ci/known.json skipped)",
        ConsoleReport.summary(1, List.of(), new Tally(0, 1, 4, "ci/known.json", List.of()), List.of()));
    assertEquals("ucp: 1 file checked, 0 errors, 0 warnings (1 suppressed)",
        ConsoleReport.summary(1, List.of(), new Tally(1, 0, 0, "", List.of()), List.of()));
  }

  @Test
  void aNoteIsItsOwnLevelOnTheConsoleAndInTheHtmlReport() {
    List<Diagnostic> notes = List.of(finding(Severity.NOTE, 4), finding(Severity.WARNING, 5));
    assertEquals(Severity.NOTE, ConsoleReport.lines(notes, DIR).get(0).level());
    Pipeline.Validated v = new Pipeline.Validated(new Inputs(List.of()), notes, 1, Pipeline.Keep.MODEL);
    String html = HtmlReport.render(v, Optional.empty(), DIR, "test");
    assertTrue(html.contains("class=\"sev note\""), html);
    assertTrue(html.contains(".sev.note {"), "the page styles notes");
  }
}
