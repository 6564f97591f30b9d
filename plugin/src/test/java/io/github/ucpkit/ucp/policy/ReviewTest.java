package io.github.ucpkit.ucp.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Disk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy stage on real files: comments, settings, fingerprints and the baseline together. */
class ReviewTest {

  @TempDir
  Path dir;

  private static final String COMPOSE = """
      version: "2.4"
      services:
        web:
          # ucp-ignore COMPOSE-IMG-001: rebuilt and retagged nightly
          image: nginx:latest
        cache:
          image: redis:latest  # ucp-ignore COMPOSE-IMG-001: a throwaway cache
        db:
          # ucp-ignore COMPOSE-IMG-001: pinned since
          image: postgres:15
        worker:
          image: team/worker:latest
        proxy:
          image: team/proxy
      """;

  private Reviewed review(String compose, Policy policy) throws IOException {
    Path file = dir.resolve("docker-compose.yml");
    Files.writeString(file, compose);
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(file), Set.of(), Map.of()));
    Review review = new Review(policy, Rules.catalog(), Disk.real(), dir);
    return review.apply(v.diagnostics(), Runner.sources(v), review.baseline());
  }

  private static List<String> shown(List<Diagnostic> ds) {
    return ds.stream().map(d -> d.at().line() + ":" + d.at().column() + " " + d.ruleId() + " " + d.severity().label()).toList();
  }

  @Test
  void commentsSilenceTheirLineOrTheNextAndAStaleOneIsAWarning() throws IOException {
    Reviewed r = review(COMPOSE, Policy.NONE);
    assertEquals(List.of("9:5 IGNORE-002 warning", "12:12 COMPOSE-IMG-001 warning", "14:12 COMPOSE-IMG-001 warning"),
        shown(r.reported()));
    assertEquals("ucp-ignore COMPOSE-IMG-001 silences nothing on line 10", r.reported().get(0).message());
    List<Reviewed.Finding> suppressed = r.findings().stream().filter(f -> f.state() == Reviewed.State.SUPPRESSED).toList();
    assertEquals(List.of("rebuilt and retagged nightly", "a throwaway cache"),
        suppressed.stream().map(Reviewed.Finding::justification).toList());
    assertEquals(List.of(5, 7), suppressed.stream().map(f -> f.diagnostic().at().line()).toList());
    assertEquals(new Tally(2, 0, 0, "", List.of()), r.tally());
  }

  @Test
  void aCommentNamingSeveralRulesReportsOnlyTheOnesThatSilencedNothing() throws IOException {
    String compose = "version: \"2.4\"\nservices:\n  worker:\n"
        + "    # ucp-ignore COMPOSE-NET-001, COMPOSE-IMG-001 ,COMPOSE-NET-001: the network comes from the platform\n"
        + "    networks: [backend]\n    image: team/worker:1.0\n";
    Reviewed r = review(compose, Policy.NONE);
    assertEquals(List.of("4:5 IGNORE-002 warning"), shown(r.reported()));
    assertEquals("ucp-ignore COMPOSE-IMG-001 silences nothing on line 5", r.reported().get(0).message());
    assertEquals("remove COMPOSE-IMG-001 from the comment, or move it onto the line of the finding or the line above it",
        r.reported().get(0).hint());
    assertEquals(1, r.tally().suppressed());
  }

  @Test
  void aFileNamedTwoWaysIsScannedOnce() throws IOException {
    Path file = dir.resolve("docker-compose.yml");
    Files.writeString(file, COMPOSE);
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(file), Set.of(), Map.of()));
    Path otherwise = dir.resolve("./docker-compose.yml");
    Reviewed r = new Review(Policy.NONE, Rules.catalog(), Disk.real(), dir).apply(v.diagnostics(), List.of(otherwise, file),
        Optional.empty());
    assertEquals(1, r.reported().stream().filter(d -> d.ruleId().equals("IGNORE-002")).count(), r.reported().toString());
  }

  @Test
  void aCommentInTheEnvFileSilencesAFindingThere() throws IOException {
    Files.writeString(dir.resolve(".env"), "TAG=1.0\n# ucp-ignore COMPOSE-INTERP-004: docker-compose skips the line, as we want\n"
        + "APP NAME=shop\nGREETING=\"hello\" world\n");
    Reviewed r = review("version: \"2.4\"\nservices:\n  web:\n    image: nginx:${TAG}\n", Policy.NONE);
    assertEquals(List.of("4:1 COMPOSE-INTERP-004 warning"), shown(r.reported()));
    assertEquals(1, r.tally().suppressed());
  }

  @Test
  void aCrlfCheckoutHasTheSameFingerprints() throws IOException {
    List<String> lf = review(COMPOSE, Policy.NONE).findings().stream().map(Reviewed.Finding::fingerprint).toList();
    List<String> crlf = review(COMPOSE.replace("\n", "\r\n"), Policy.NONE).findings().stream()
        .map(Reviewed.Finding::fingerprint).toList();
    assertEquals(lf, crlf);
    assertEquals(5, lf.size());
  }

  @Test
  void settingsChangeSeveritiesAndACommentForARuleThatIsOffSaysSo() throws IOException {
    Policy policy = new Policy(RuleSettings.parse(List.of("COMPOSE-IMG-001=off"), Rules.catalog()), Optional.empty(), false);
    Reviewed r = review(COMPOSE, policy);
    assertEquals(List.of("4:5 IGNORE-002 warning", "7:26 IGNORE-002 warning", "9:5 IGNORE-002 warning"), shown(r.reported()));
    assertEquals("ucp-ignore COMPOSE-IMG-001 silences nothing on line 5 (the rule settings turn COMPOSE-IMG-001 off)",
        r.reported().get(0).message());
    Policy notes = new Policy(RuleSettings.parse(List.of("COMPOSE-*=note", "IGNORE-002=off"), Rules.catalog()), Optional.empty(), false);
    assertEquals(List.of("12:12 COMPOSE-IMG-001 note", "14:12 COMPOSE-IMG-001 note"), shown(review(COMPOSE, notes).reported()));
  }

  @Test
  void anErrorTheSettingsLowerStillCountsAsAnErrorForRendering() throws IOException {
    String compose = "version: \"2.4\"\nservices:\n  worker:\n    image: team/worker:1.0\n    networks: [backend]\n";
    Policy policy = new Policy(RuleSettings.parse(List.of("COMPOSE-NET-001=warning"), Rules.catalog()), Optional.empty(), false);
    Reviewed r = review(compose, policy);
    assertEquals(List.of("5:16 COMPOSE-NET-001 warning"), shown(r.reported()));
    assertEquals(List.of("5:16 COMPOSE-NET-001 error"), shown(r.silencedErrors()));
  }

  @Test
  void errorsSilencedByACommentOrTheBaselineStillCountButAWarningRaisedToAnErrorDoesNot() throws IOException {
    Path file = dir.resolve("docker-compose.yml");
    Files.writeString(file, "services:\n  web:  # ucp-ignore COMPOSE-NET-001: joined by the overlay\n    image: a:1\n"
        + "  api:\n    image: b:latest\n  db:\n    image: c:1\n");
    Diagnostic byComment = new Diagnostic("COMPOSE-NET-001", Severity.ERROR, new Location(file, 2, 3), "by comment", "");
    Diagnostic known = new Diagnostic("COMPOSE-NET-001", Severity.ERROR, new Location(file, 6, 3), "known", "");
    Diagnostic raised = new Diagnostic("COMPOSE-IMG-001", Severity.WARNING, new Location(file, 5, 12), "raised", "");
    Diagnostic fresh = new Diagnostic("COMPOSE-NET-001", Severity.ERROR, new Location(file, 7, 12), "fresh", "");
    Policy strict = new Policy(RuleSettings.parse(List.of("COMPOSE-IMG-001=error"), Rules.catalog()), Optional.empty(), false);
    Review review = new Review(strict, Rules.catalog(), Disk.real(), dir);
    Reviewed before = review.apply(List.of(known, raised), List.of(file), Optional.empty());
    Reviewed r = review.apply(List.of(byComment, raised, known, fresh), List.of(file), Optional.of(Baseline.of(before, dir)));
    assertEquals(List.of("7:12 COMPOSE-NET-001 error"), shown(r.reported()));
    assertEquals(List.of("2:3 COMPOSE-NET-001 error", "6:3 COMPOSE-NET-001 error"), shown(r.silencedErrors()),
        "the raised warning is known too, but the checks never reported it as an error");
  }

  @Test
  void aBaselineSurvivesMovedLinesAndReorderedServicesButNotAChangedValue() throws IOException {
    Path file = dir.resolve("ucp-baseline.json");
    Reviewed first = review(COMPOSE, Policy.NONE);
    Files.writeString(file, Baseline.of(first, dir).write());
    Policy withBaseline = new Policy(RuleSettings.none(), Optional.of(file), false);

    // unrelated edits: lines above, the services in another order, a key added, the comment kept
    String moved = "# the app\n\n" + COMPOSE
        .replace("  worker:\n    image: team/worker:latest\n  proxy:\n    image: team/proxy\n", "")
        .replace("services:\n", "services:\n  proxy:\n    restart: always\n    image: team/proxy\n"
            + "  worker:\n    image: team/worker:latest\n");
    Reviewed again = review(moved, withBaseline);
    assertEquals(List.of(), again.reported(), "every finding is known");
    assertEquals(new Tally(2, 3, 0, "ucp-baseline.json", List.of()), again.tally());

    // a changed offending value is a new finding and its old entry is gone; a new service's finding is new
    String changed = COMPOSE.replace("image: team/proxy", "image: team/proxy:latest") + "  queue:\n    image: rabbitmq:latest\n";
    Reviewed third = review(changed, withBaseline);
    assertEquals(List.of("14:12 COMPOSE-IMG-001 warning", "16:12 COMPOSE-IMG-001 warning"), shown(third.reported()));
    assertEquals(2, third.tally().known(), "the stale comment's warning and the worker's image");
    assertEquals(1, third.tally().gone());
  }

  @Test
  void theBaselineCountsFindingsThatLookAlike() throws IOException {
    Path file = dir.resolve("docker-compose.yml");
    Files.writeString(file, "services:\n  web:\n    image: nginx:latest\n");
    List<Diagnostic> three = List.of(1, 2, 3).stream()
        .map(i -> new Diagnostic("COMPOSE-IMG-001", Severity.WARNING, new Location(file, 3, 12), "finding " + i, ""))
        .toList();
    Review plain = new Review(Policy.NONE, Rules.catalog(), Disk.real(), dir);
    Reviewed two = plain.apply(three.subList(0, 2), List.of(file), Optional.empty());
    assertEquals(1, two.findings().stream().map(Reviewed.Finding::fingerprint).distinct().count());
    Reviewed r = plain.apply(three, List.of(file), Optional.of(Baseline.of(two, dir)));
    assertEquals(new Tally(0, 2, 0, "the baseline", List.of()), r.tally());
    assertEquals(List.of("finding 3"), r.reported().stream().map(Diagnostic::message).toList(), "the third is new");
  }

  @Test
  void aBaselineNamedExplicitlyMustExistAndMustBeOne() throws IOException {
    Path file = dir.resolve("ci/known.json");
    Policy required = new Policy(RuleSettings.none(), Optional.of(file), true);
    assertEquals("baseline ci/known.json does not exist; write it with mvn ucp:baseline -Ducp.baseline=ci/known.json",
        assertThrows(PolicyException.class, () -> review(COMPOSE, required)).getMessage());
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"version\": 1, \"findings\": [\n  {\"fingerprint\": \"xyz\"}]}");
    assertEquals("ci/known.json: finding 1 has no valid \"fingerprint\"; write it again with mvn ucp:baseline",
        assertThrows(PolicyException.class, () -> review(COMPOSE, required)).getMessage());
    Files.writeString(file, "{\"version\": 1,\n \"findings\": [}");
    String notJson = assertThrows(PolicyException.class, () -> review(COMPOSE, required)).getMessage();
    assertTrue(notJson.startsWith("ci/known.json:2:") && notJson.endsWith("; write it again with mvn ucp:baseline"), notJson);
    Files.writeString(file, "{\"version\": 2, \"findings\": []}");
    assertEquals("ci/known.json is not a version 1 baseline (an object with \"version\": 1 and \"findings\": [...]);"
        + " write it again with mvn ucp:baseline", assertThrows(PolicyException.class, () -> review(COMPOSE, required)).getMessage());
    // the default file is optional
    assertEquals(3, review(COMPOSE, new Policy(RuleSettings.none(), Optional.of(dir.resolve("none.json")), false)).reported().size());
  }

  @Test
  void theBaselineFileIsSortedAndTheSameFindingsGiveTheSameBytes() throws IOException {
    String text = Baseline.of(review(COMPOSE, Policy.NONE), dir).write();
    String reordered = COMPOSE.replace("  worker:\n    image: team/worker:latest\n  proxy:\n    image: team/proxy\n",
        "  proxy:\n    image: team/proxy\n  worker:\n    image: team/worker:latest\n");
    assertEquals(text, Baseline.of(review(reordered, Policy.NONE), dir).write());
    assertTrue(text.contains("\"file\" : \"docker-compose.yml\""), text);
    assertTrue(text.contains("\"path\" : \"services.worker.image\""), text);
    assertTrue(text.indexOf("COMPOSE-IMG-001") < text.indexOf("IGNORE-002"), "sorted by file, then rule: " + text);
    assertTrue(!text.contains("\r") && text.endsWith("}\n"));
  }
}
