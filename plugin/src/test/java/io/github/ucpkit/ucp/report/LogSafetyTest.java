package io.github.ucpkit.ucp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.policy.Policy;
import io.github.ucpkit.ucp.policy.Review;
import io.github.ucpkit.ucp.policy.Reviewed;
import io.github.ucpkit.ucp.policy.RuleSettings;
import io.github.ucpkit.ucp.policy.Tally;
import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input can write a line of the build log: values and paths echoed in console lines, SARIF and
 * report.html show line breaks, control characters and bidirectional overrides as escapes.
 */
class LogSafetyTest {

  /** A CI workflow command, a fake Maven line, and every kind of line break and reordering. */
  static final String HOSTILE = "x\n::error file=a::owned\r[INFO] BUILD SUCCESS\u0085nel\u2028ls\u2029ps\u202eevil\u0000nul\u001b[31m\t";

  @TempDir
  Path tmp;

  @Test
  void everyKindOfLineBreakAndControlIsShownAsAnEscape() {
    String escaped = LogText.escape(HOSTILE);
    assertEquals("x\\n::error file=a::owned\\r[INFO] BUILD SUCCESS\\u0085nel\\u2028ls\\u2029ps\\u202eevil\\u0000nul\\u001b[31m\\t",
        escaped);
    assertEquals("plain text ü → ok", LogText.escape("plain text ü → ok"));
    assertTrue(unsafe(escaped).isEmpty());
  }

  @Test
  void everyRulesFindingsAreSafeInEveryReportWhateverThePathAndValues() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("repo" + HOSTILE.replace("\0", "").replace("/", "")));
    Set<String> seen = new TreeSet<>();
    for (RuleInfo rule : Rules.catalog()) {
      Path fixture = Path.of("src/test/resources/rules").resolve(rule.id()).resolve("bad");
      Path copy = root.resolve(rule.id());
      copyTree(fixture, copy);
      Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(copy), Optional.of(copy.resolve("topology.yml")),
          Set.of(copy.resolve("topology.yml")), Map.of()));
      // the policy stage too: the fixtures of IGNORE-* are findings about comments
      Reviewed reviewed = new Review(Policy.NONE, Rules.catalog(), Disk.real(), copy)
          .apply(v.diagnostics(), Runner.sources(v), Optional.empty());
      reviewed.findings().forEach(f -> seen.add(f.diagnostic().ruleId()));
      List<Diagnostic> all = new ArrayList<>(reviewed.reported());
      // and a finding whose message and hint carry the hostile text, as a value echoed by any rule would
      Diagnostic hostile = new Diagnostic(rule.id(), Severity.ERROR, new Location(copy.resolve("docker-compose.yml"), 1, 1),
          "value \"" + HOSTILE + "\"", "hint " + HOSTILE);
      all.add(hostile);
      for (ConsoleReport.Line line : ConsoleReport.lines(all, tmp)) {
        assertEquals(List.of(), unsafe(line.text()), rule.id() + ": " + line.text());
      }
      // a suppression's reason and a baseline's name are input too
      Tally tally = new Tally(1, 1, 1, "baseline" + HOSTILE, List.of(hostile));
      assertEquals(List.of(), unsafe(ConsoleReport.summary(1, all, tally, List.of())), rule.id() + " summary");
      List<Reviewed.Finding> findings = new ArrayList<>(reviewed.findings());
      findings.add(new Reviewed.Finding(hostile, "0".repeat(32), "services" + HOSTILE, Reviewed.State.SUPPRESSED, "why " + HOSTILE));
      String sarif = SarifReport.render(new Reviewed(findings, "baseline" + HOSTILE, 0, List.of()), Rules.catalog(),
          RuleSettings.none(), tmp, "test");
      assertEquals(List.of(), unsafe(jsonStrings(sarif)), rule.id() + " in SARIF");
      String html = HtmlReport.render(new Pipeline.Validated(v.inputs(), all, v.filesChecked(), v.kept()), Optional.empty(), tmp, "test");
      assertEquals(List.of(), unsafe(html.replace("\n", "")), rule.id() + " in report.html");
    }
    assertTrue(seen.containsAll(Rules.catalog().stream().map(RuleInfo::id).filter(id -> !id.equals("IO-001")).toList()),
        "every rule's own findings went through the reports; missing: " + missing(seen));
  }

  private static List<String> missing(Set<String> seen) {
    return Rules.catalog().stream().map(RuleInfo::id).filter(id -> !seen.contains(id)).toList();
  }

  /** Every string value of the JSON, decoded: what a SARIF viewer shows. */
  private static String jsonStrings(String json) {
    StringBuilder sb = new StringBuilder();
    collect(new tools.jackson.databind.ObjectMapper().readTree(json), sb);
    return sb.toString();
  }

  private static void collect(tools.jackson.databind.JsonNode node, StringBuilder sb) {
    if (node.isString()) {
      sb.append(node.asString()).append(' ');
    }
    node.values().forEach(child -> collect(child, sb));
  }

  private static List<String> unsafe(String text) {
    List<String> out = new ArrayList<>();
    text.chars().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e))
        .forEach(c -> out.add(String.format("U+%04X", c)));
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
