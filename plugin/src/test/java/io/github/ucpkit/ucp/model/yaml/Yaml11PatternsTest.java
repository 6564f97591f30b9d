package io.github.ucpkit.ucp.model.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Yaml11's patterns repeat groups possessively so that Java's engine does not recurse per
 * iteration; they must accept exactly what PyYAML's own patterns (copied below as PyYAML writes
 * them) accept. Short random scalars over the characters that matter compare the two.
 */
class Yaml11PatternsTest {

  private static final List<Map.Entry<Pattern, ScalarType>> PYYAML = List.of(
      Map.entry(Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"), ScalarType.BOOL),
      Map.entry(Pattern.compile("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
          + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"), ScalarType.FLOAT),
      Map.entry(Pattern.compile("[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
          + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"), ScalarType.INT),
      Map.entry(Pattern.compile("~|null|Null|NULL|"), ScalarType.NULL),
      Map.entry(Pattern.compile("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
          + "(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?"),
          ScalarType.TIMESTAMP));

  private static ScalarType pyyaml(String text) {
    for (Map.Entry<Pattern, ScalarType> e : PYYAML) {
      if (e.getKey().matcher(text).matches()) {
        return e.getValue();
      }
    }
    return ScalarType.STR;
  }

  @Test
  void possessivePatternsAcceptWhatPyYamlAccepts() {
    String alphabet = "0123456789:._-+eExbafinIN tTZ";
    Random random = new Random(20261203L);
    for (int i = 0; i < 300_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(14); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertEquals(pyyaml(s), Yaml11.resolveByEveryPattern(s), s);
    }
  }

  @Test
  void structuredNumbersToo() {
    Random random = new Random(7);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder s = new StringBuilder(random.nextBoolean() ? "-" : "");
      s.append(1 + random.nextInt(9));
      for (int parts = random.nextInt(6); parts > 0; parts--) {
        s.append(':').append(random.nextInt(70));
      }
      if (random.nextBoolean()) {
        s.append('.').append(random.nextInt(100));
      }
      assertEquals(pyyaml(s.toString()), Yaml11.resolveByEveryPattern(s.toString()), s.toString());
    }
  }
}
