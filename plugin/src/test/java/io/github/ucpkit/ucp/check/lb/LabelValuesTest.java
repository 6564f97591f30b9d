package io.github.ucpkit.ucp.check.lb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.compose.Label;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelValuesTest {

  private static Label label(String key, String value) {
    Location at = new Location(Path.of("docker-compose.yml"), 1, 1);
    return new Label(key, value, at, at);
  }

  @Test
  void namesEachUnsafeCharacterOnceInOrder() {
    assertEquals(List.of("a semicolon (\";\")", "a space", "a closing brace (\"}\")"),
        LabelValues.unsafe(label("interlock.hostname", "a;b c;}")));
    assertEquals(List.of("U+0000 (NUL)"), LabelValues.unsafe(label("interlock.ssl", "\0")));
    assertEquals(List.of("U+0085 (a control character)"), LabelValues.unsafe(label("interlock.app", "a\u0085")));
    assertEquals(List.of("U+00A0 (a space character)"), LabelValues.unsafe(label("interlock.app", "a\u00a0b")));
    assertEquals(List.of("U+202E (an invisible character)"), LabelValues.unsafe(label("interlock.app", "\u202eab")));
  }

  @Test
  void harmlessCharactersPass() {
    assertTrue(LabelValues.safe(label("interlock.hostname", "vötе.example.com")));
    assertTrue(LabelValues.safe(label("interlock.context_root", "/a-b_c.d~e/f?g=h&i:j@k")));
  }

  @Test
  void directiveLabelsMayHoldPlainSpacesOnly() {
    assertTrue(LabelValues.safe(label("interlock.health_check", "httpchk GET /health")));
    assertTrue(LabelValues.safe(label("interlock.backend_option.3", "keepalive 32")));
    assertEquals(List.of("a tab"), LabelValues.unsafe(label("interlock.backend_option", "keepalive\t32")));
    assertEquals(List.of("a space"), LabelValues.unsafe(label("interlock.health_checks", "httpchk GET /")));
  }

  @Test
  void listsAtMostThreeNames() {
    assertEquals("a", LabelValues.list(List.of("a")));
    assertEquals("a and b", LabelValues.list(List.of("a", "b")));
    assertEquals("a, b and c", LabelValues.list(List.of("a", "b", "c")));
    assertEquals("a, b, c and 2 more", LabelValues.list(List.of("a", "b", "c", "d", "e")));
  }

  @Test
  void quotesForOneConsoleLine() {
    assertEquals("\"a\\nb\\t\\\"c\\\\\"", LabelValues.quote("a\nb\t\"c\\"));
    assertEquals("\"x\\u{0000}y\\u{200B}\"", LabelValues.quote("x\0y\u200b"));
    assertEquals("\"" + "a".repeat(80) + "...\"", LabelValues.quote("a".repeat(200)));
  }
}
