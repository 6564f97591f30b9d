package io.github.ucpkit.ucp.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule settings: ids and groups, the most specific wins, and every mistake is named. */
class RuleSettingsTest {

  private static RuleSettings parse(String... entries) {
    return RuleSettings.parse(List.of(entries), Rules.catalog());
  }

  private static RuleInfo rule(String id) {
    return Rules.catalog().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void anIdBeatsItsGroupAndALongerGroupBeatsAShorterOne() {
    RuleSettings s = parse("COMPOSE-*=note", "COMPOSE-NET-*=warning", "COMPOSE-NET-002=off", "lb-host-001=Error");
    assertEquals(Optional.of(Severity.NOTE), s.severity(rule("COMPOSE-IMG-001")));
    assertEquals(Optional.of(Severity.WARNING), s.severity(rule("COMPOSE-NET-001")));
    assertEquals(Optional.empty(), s.severity(rule("COMPOSE-NET-002")));
    assertEquals(Optional.of(Severity.ERROR), s.severity(rule("LB-HOST-001")), "ids and levels in any case");
    assertEquals(Optional.of(Severity.ERROR), s.severity(rule("TOPO-HA-001")), "an unset rule keeps its default");
    assertEquals("COMPOSE-*=note,COMPOSE-NET-*=warning,COMPOSE-NET-002=off,LB-HOST-001=error", s.canonical());
  }

  @Test
  void theCommandLineFormHoldsSeveralSettingsInOneEntry() {
    RuleSettings s = parse(" COMPOSE-IMG-001=off , LB-*=warning ,");
    assertEquals(Optional.empty(), s.severity(rule("COMPOSE-IMG-001")));
    assertEquals(Optional.of(Severity.WARNING), s.severity(rule("LB-VAL-001")));
    assertEquals(RuleSettings.none().canonical(), parse("", " ").canonical());
  }

  @Test
  void anUnknownIdOrGroupFailsWithTheClosestName() {
    assertEquals("rule setting \"COMPOSE-IMG-01=off\": no rule has the id COMPOSE-IMG-01 (did you mean COMPOSE-IMG-001?)",
        assertThrows(PolicyException.class, () -> parse("COMPOSE-IMG-01=off")).getMessage());
    assertEquals("rule setting \"COMPOSR-*=note\": no rule id starts with COMPOSR- (did you mean COMPOSE-*?)",
        assertThrows(PolicyException.class, () -> parse("COMPOSR-*=note")).getMessage());
    assertEquals("rule setting \"LB*=note\": a group is written GROUP-*, as in COMPOSE-*",
        assertThrows(PolicyException.class, () -> parse("LB*=note")).getMessage());
    assertEquals("rule setting \"NOTHING-LIKE-IT=off\": no rule has the id NOTHING-LIKE-IT",
        assertThrows(PolicyException.class, () -> parse("NOTHING-LIKE-IT=off")).getMessage());
  }

  @Test
  void aMissingOrWrongLevelOrAContradictionFails() {
    assertEquals("rule setting \"COMPOSE-IMG-001\" has no level: write COMPOSE-IMG-001=off (or off, error, warning or note)",
        assertThrows(PolicyException.class, () -> parse("COMPOSE-IMG-001")).getMessage());
    assertEquals("rule setting \"COMPOSE-IMG-001=info\": \"info\" is not a level; use off, error, warning or note",
        assertThrows(PolicyException.class, () -> parse("COMPOSE-IMG-001=info")).getMessage());
    assertEquals("rule setting \"COMPOSE-IMG-001=note\" contradicts an earlier setting of COMPOSE-IMG-001 (off)",
        assertThrows(PolicyException.class, () -> parse("COMPOSE-IMG-001=off", "COMPOSE-IMG-001=note")).getMessage());
    assertEquals("COMPOSE-IMG-001=off", parse("COMPOSE-IMG-001=off", "compose-img-001=OFF").canonical(), "a repeat is fine");
  }
}
