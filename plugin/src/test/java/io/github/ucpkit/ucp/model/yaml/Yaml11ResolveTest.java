package io.github.ucpkit.ucp.model.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first-character shortcut in {@link Yaml11#resolvePlain} must never change a type. */
class Yaml11ResolveTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "yes|BOOL", "Off|BOOL", "n|STR", "No|BOOL", "null|NULL", "Null|NULL", "nULL|STR", "~|NULL", "~~|STR",
    "0755|INT", "0x1F|INT", "22:22|INT", "1_000|INT", "-0b101|INT", "1.5|FLOAT", ".inf|FLOAT", "-.Inf|FLOAT",
    ".NaN|FLOAT", "1e5|STR", "1.0e+5|FLOAT", "2001-12-14|TIMESTAMP", "2001-12-14t21:59:43.10-05:00|TIMESTAMP",
    "+|STR", "-|STR", ".|STR", "._|FLOAT", "80:80|STR", "1:20|INT", "8080:80|STR", "web|STR", "True|BOOL", "tRUE|STR"})
  void knownScalars(String text, ScalarType type) {
    assertEquals(type, Yaml11.resolvePlain(text));
    assertEquals(type, Yaml11.resolveByEveryPattern(text));
  }

  @Test
  void emptyIsNull() {
    assertEquals(ScalarType.NULL, Yaml11.resolvePlain(""));
    assertEquals(ScalarType.NULL, Yaml11.resolveByEveryPattern(""));
  }

  @Test
  void theShortcutAgreesWithEveryPatternOnRandomScalars() {
    String alphabet = "0123456789+-._:xXbBeEoOyYnNtTfFaAlLuUsSrRiI~ Zz";
    Random random = new Random(20261126L);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(13); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(Yaml11.resolveByEveryPattern(text.toString()), Yaml11.resolvePlain(text.toString()), text.toString());
    }
  }
}
