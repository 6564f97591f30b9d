package io.github.ucpkit.ucp.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestTest {

  private static final List<String> NETWORKS = List.of("voteapp", "backend", "frontend", "default", "db");

  @ParameterizedTest
  @CsvSource({
      "backnd, backend",        // a letter left out
      "bakcend, backend",       // two neighbours swapped: one edit
      "Backend, backend",       // case only
      "back_end, backend",      // separators only
      "front-end, frontend",
      "votapp, voteapp",
      "fronted, frontend",
      "dba, db"})
  void suggestsTheNameMeant(String unknown, String meant) {
    assertEquals(Optional.of(meant), Suggest.among(NETWORKS).nearest(unknown));
  }

  @ParameterizedTest
  @CsvSource({
      "cache",       // nothing alike
      "b",           // one letter: any one-letter name would be one edit away
      "d",           // a prefix of "db" that leaves nothing in common to go on
      "proxy",
      "backendservice"})
  void staysQuietWhenNothingIsClose(String unknown) {
    assertEquals(Optional.empty(), Suggest.among(NETWORKS).nearest(unknown));
  }

  @ParameterizedTest
  @CsvSource({
      // name written, declared, suggested? (one edit up to five characters, two up to eight, then three)
      "abxde, abcde, true",
      "axcye, abcde, false",
      "abxdey, abcdef, true",
      "axcyef, abcdef, true",
      "axcyeftz, abcdefgh, false",
      "axcyefgh, abcdefgh, true",
      "axcyezghi, abcdefghi, true",
      "xbxdxfxhi, abcdefghi, false"})
  void allowsMoreEditsForLongerNames(String written, String declared, boolean suggested) {
    assertEquals(suggested ? Optional.of(declared) : Optional.empty(), Suggest.among(List.of(declared)).nearest(written));
  }

  @Test
  void neverSuggestsTheNameItselfOrAnExcludedOne() {
    assertEquals(Optional.empty(), Suggest.among(List.of("web")).nearest("web"));
    assertEquals(Optional.empty(), Suggest.among(List.of("web", "worker")).excluding("web").nearest("wbe"));
    assertEquals(Optional.of("web"), Suggest.among(List.of("web", "worker")).excluding("worker").nearest("wbe"));
  }

  @Test
  void tiesGoToTheFewestEditsThenToSortedOrder() {
    // "api1" and "api2" are both one edit from "api3"; declaration order must not decide
    assertEquals(Optional.of("api1"), Suggest.among(List.of("api2", "api1")).nearest("api3"));
    assertEquals(Optional.of("api1"), Suggest.among(List.of("api1", "api2")).nearest("api3"));
    // one edit beats two, wherever it sorts
    assertEquals(Optional.of("worker"), Suggest.among(List.of("walker", "worker")).nearest("workr"));
  }

  @Test
  void hintPutsTheQuestionFirstAndNotesCase() {
    Suggest s = Suggest.among(NETWORKS);
    assertEquals("did you mean \"backend\"? If not, declare it", s.hint("backnd", "declare it"));
    assertEquals("did you mean \"backend\"? Names are case-sensitive. If not, declare it", s.hint("BACKEND", "declare it"));
    assertEquals("declare it", s.hint("cache", "declare it"));
    assertEquals("did you mean \"backend\"?", s.hint("backnd", ""));
  }

  @Test
  void echoesTheSuggestionEscaped() {
    assertEquals("did you mean \"a\\\"b\"?", Suggest.didYouMean("a\"b", false));
  }

  @Test
  void namesLongerThanTheCapAreNotCompared() {
    String atCap = "n".repeat(Suggest.MAX_LENGTH);
    String typo = "n".repeat(Suggest.MAX_LENGTH - 1) + "m";
    assertEquals(Optional.of(atCap), Suggest.among(List.of(atCap)).nearest(typo));
    assertEquals(Optional.empty(), Suggest.among(List.of(atCap + "n")).nearest(typo), "a declared name over the cap");
    assertEquals(Optional.empty(), Suggest.among(List.of(atCap)).nearest(atCap + "m"), "an unknown name over the cap");
  }

  @Test
  void bandedDistanceAgreesWithTheFullTable() {
    Random random = new Random(13);
    Suggest s = Suggest.among(List.of());
    for (int run = 0; run < 5_000; run++) {
      String a = word(random);
      String b = random.nextBoolean() ? mutate(a, random) : word(random);
      int limit = 1 + random.nextInt(Suggest.MAX_EDITS);
      int full = osa(a, b);
      assertEquals(Math.min(full, limit + 1), s.distance(a, b, limit), () -> a + " / " + b + " within " + limit);
    }
  }

  @Test
  void hostileInputCostsABoundedNumberOfSteps() {
    // thousands of declared names and thousands of unknown ones, all the same length and alike
    List<String> declared = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      declared.add(String.format("network-%055d", i));
    }
    Suggest s = Suggest.among(declared);
    for (int i = 0; i < 5_000; i++) {
      s.nearest(String.format("netwrok-%055d", i));
    }
    // a question begun within the budget may finish its last comparison: one table at most
    assertTrue(s.spent() <= Suggest.BUDGET + (Suggest.MAX_LENGTH + 1L) * (Suggest.MAX_LENGTH + 1L), "spent " + s.spent());
    assertEquals(Optional.empty(), s.nearest("network-" + "0".repeat(54) + "1x"), "past the budget nothing is suggested");
  }

  private static String word(Random random) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(10);
    for (int i = 0; i < length; i++) {
      out.append("abc-".charAt(random.nextInt(4)));
    }
    return out.toString();
  }

  private static String mutate(String s, Random random) {
    StringBuilder out = new StringBuilder(s);
    for (int edits = random.nextInt(5); edits > 0; edits--) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.insert(at, "abc".charAt(random.nextInt(3)));
        case 1 -> { if (out.length() > 0) out.deleteCharAt(at); }
        case 2 -> { if (out.length() > 0) out.setCharAt(at, "abc".charAt(random.nextInt(3))); }
        default -> {
          if (at + 1 < out.length()) {
            char c = out.charAt(at);
            out.setCharAt(at, out.charAt(at + 1));
            out.setCharAt(at + 1, c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Optimal string alignment over the whole table: the reference the banded version must agree with. */
  private static int osa(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
