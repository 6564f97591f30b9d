package io.github.ucpkit.ucp.load.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.load.env.DotEnv.Entry;
import io.github.ucpkit.ucp.load.env.DotEnv.Parsed;
import io.github.ucpkit.ucp.load.env.DotEnv.Problem;
import io.github.ucpkit.ucp.load.env.Interpolation.Substituted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// Expected values were checked against python-dotenv 0.21.0 (dotenv_values, interpolate=True),
// the version Debian's docker-compose 1.29.2 uses.
class DotEnvTest {

  private static Parsed parse(String content) {
    return DotEnv.parse(content, name -> Optional.empty());
  }

  private static Parsed parse(String content, Map<String, String> environment) {
    return DotEnv.parse(content, name -> Optional.ofNullable(environment.get(name)));
  }

  private static Map<String, String> map(String content) {
    Parsed parsed = parse(content);
    assertEquals(List.of(), parsed.problems(), content);
    return parsed.asMap();
  }

  private static String value(String content) {
    Map<String, String> m = map(content);
    assertEquals(1, m.size(), () -> content + " -> " + m);
    return m.values().iterator().next();
  }

  // --- statements ----------------------------------------------------------------------------

  @Test
  void keyValueLinesWithLineNumbers() {
    Parsed parsed = parse("A=1\nB=two words\n\nC=3");
    assertEquals(
        List.of(new Entry("A", "1", 1), new Entry("B", "two words", 2), new Entry("C", "3", 4)),
        parsed.entries());
    assertEquals(List.of(), parsed.problems());
  }

  @Test
  void exportPrefixIsDropped() {
    assertEquals(Map.of("B", "2"), map("  export   B = 2 \n"));
  }

  @Test
  void exportWithoutFollowingSpaceIsAnOrdinaryKey() {
    assertEquals(Map.of("export", "1"), map("export=1\n"));
    assertEquals(Map.of("exportX", "1"), map("exportX=1\n"));
    Map<String, String> bare = map("export\n");
    assertTrue(bare.containsKey("export"));
    assertNull(bare.get("export"));
  }

  @Test
  void blankAndCommentLinesAreSkipped() {
    Parsed parsed = parse("# top\n\n   # indented\n\t\nA=1 # trailing\n#last");
    assertEquals(List.of(new Entry("A", "1", 5)), parsed.entries());
    assertEquals(List.of(), parsed.problems());
  }

  @Test
  void whitespaceAroundKeyAndUnquotedValueIsTrimmed() {
    assertEquals(Map.of("A", "1"), map("A = 1\n"));
    assertEquals(Map.of("A", "x y"), map("   A\t=\t x y \t\n"));
  }

  @Test
  void pythonWhitespaceIncludesNoBreakSpace() {
    assertEquals("\u00e9", value("A=\u00e9\u00a0\n"));
    assertEquals("b", value("A=\u2028b\n"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "A=a  #c #d    | a",
        "A=a\t#c       | a",
        "A=a#b         | a#b",
        "A=1#x         | 1#x",
        "A=#x          | #x",
        "A= #y         | #y",
        "A=1 B=2       | 1 B=2",
        "`A=x # y # z` | x",
      })
  void inlineCommentNeedsWhitespaceBeforeTheHash(String line, String expected) {
    assertEquals(expected, value(line));
  }

  @Test
  void emptyValues() {
    assertEquals("", value("A=\n"));
    assertEquals("", value("A= \n"));
    assertEquals("", value("A="));
    assertEquals("", value("A=''"));
    assertEquals("", value("A=\"\""));
  }

  @Test
  void lineWithoutEqualsGivesKeyWithoutValue() {
    Parsed parsed = parse("A\nB # only a key\nC=3\n");
    assertEquals(
        List.of(new Entry("A", null, 1), new Entry("B", null, 2), new Entry("C", "3", 3)),
        parsed.entries());
    assertTrue(parsed.asMap().containsKey("A"));
    assertNull(parsed.asMap().get("A"));
  }

  @Test
  void quotedKey() {
    assertEquals(Map.of("quoted key", "qk"), map("'quoted key'=qk\n"));
  }

  // --- quotes and escapes --------------------------------------------------------------------

  @Test
  void singleQuotesDecodeOnlyBackslashAndQuote() {
    assertEquals("a\\b'c", value("A='a\\\\b\\'c'\n"));
    assertEquals("lit \\n \\t \"", value("A='lit \\n \\t \"'\n"));
  }

  @Test
  void doubleQuotesDecodeTheKnownEscapesAndKeepOthers() {
    assertEquals(
        "\u0007\b\f\n\r\t\u000B\\'\\$\\x\\u0041\"",
        value("A=\"\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\$\\x\\u0041\\\"\"\n"));
  }

  @Test
  void escapedBackslashBeforeNIsNotANewline() {
    assertEquals("\\n", value("A=\"\\\\n\"\n"));
  }

  @Test
  void quotedValuesKeepInnerWhitespaceAndHashes() {
    assertEquals("  a # b  ", value("A=\"  a # b  \"   # comment\n"));
    assertEquals("x", value("A=\"x\"#c\n"));
    assertEquals("q", value("A=  'q' \n"));
  }

  @Test
  void escapedQuoteInsideDoubleQuotes() {
    assertEquals("a\"b", value("A=\"a\\\"b\" # c \"d\"\n"));
  }

  @Test
  void backslashBeforeTheOnlyClosingQuoteStaysABackslash() {
    // The pattern backtracks: with no unescaped quote left, the last quote closes the value.
    Parsed parsed = parse("A=\"x\\\"\nB=2\n");
    assertEquals(Map.of("A", "x\\", "B", "2"), parsed.asMap());
    assertEquals("a\\", value("A=\"a\\\\\"\n"));
  }

  @Test
  void multilineDoubleQuotedValue() {
    Parsed parsed = parse("MULTI=\"line1\nline2\"\nNEXT=1\n");
    assertEquals(
        List.of(new Entry("MULTI", "line1\nline2", 1), new Entry("NEXT", "1", 3)),
        parsed.entries());
  }

  @Test
  void multilineSingleQuotedValue() {
    assertEquals("a\nb", value("A='a\nb'\n"));
  }

  // --- problems ------------------------------------------------------------------------------

  @Test
  void unparsableLineIsReportedAndSkipped() {
    Parsed parsed = parse("A=1\n\n\nBAD LINE\nB=2\n");
    assertEquals(Map.of("A", "1", "B", "2"), parsed.asMap());
    assertEquals(1, parsed.problems().size());
    Problem p = parsed.problems().get(0);
    // python-dotenv says "line 2" here (where its scan for the statement began); the line with
    // the text is more useful.
    assertEquals(4, p.line());
    assertTrue(p.message().contains("'LINE'"), p.message());
    assertTrue(p.message().contains("'BAD'"), p.message());
  }

  @Test
  void missingKey() {
    Parsed parsed = parse("=noval\nB=2\n");
    assertEquals(Map.of("B", "2"), parsed.asMap());
    assertEquals(1, parsed.problems().get(0).line());
    assertTrue(parsed.problems().get(0).message().contains("no key"));
  }

  @Test
  void unterminatedQuoteSkipsOnlyItsOwnLine() {
    Parsed parsed = parse("A=\"abc\nB=2\nC='x\nD=4\n");
    assertEquals(Map.of("B", "2", "D", "4"), parsed.asMap());
    assertEquals(List.of(1, 3), parsed.problems().stream().map(Problem::line).toList());
    assertTrue(parsed.problems().get(0).message().contains("double-quoted"));
    assertTrue(parsed.problems().get(1).message().contains("single-quoted"));
  }

  @Test
  void textAfterTheClosingQuoteIsAnError() {
    Parsed parsed = parse("A=\"a\"b\nC=3\n");
    assertEquals(Map.of("C", "3"), parsed.asMap());
    assertEquals(1, parsed.problems().get(0).line());
    assertTrue(parsed.problems().get(0).message().contains("'b'"));
  }

  @Test
  void errorAfterAMultilineValueSkipsTheRestOfTheLineWhereItHappened() {
    // The quote before y closes the value (x\"<newline>B=); "y\"" is then junk on line 2.
    Parsed parsed = parse("A=\"x\\\"\nB=\"y\"\nC=3\n");
    assertEquals(List.of(new Entry("C", "3", 3)), parsed.entries());
    assertEquals(1, parsed.problems().size());
    assertEquals(1, parsed.problems().get(0).line());
  }

  @ParameterizedTest
  @ValueSource(strings = {"export =1", "''=1", "'k=1", "FOO BAR=1", "A=\"x\" y"})
  void otherUnparsableStatements(String line) {
    Parsed parsed = parse(line + "\nB=2\n");
    assertEquals(Map.of("B", "2"), parsed.asMap(), line);
    assertEquals(1, parsed.problems().size(), line);
    assertEquals(1, parsed.problems().get(0).line(), line);
  }

  @Test
  void exportAloneOnALineIsAProblem() {
    Parsed parsed = parse("export \nB=2\n");
    assertEquals(Map.of("B", "2"), parsed.asMap());
    assertEquals(1, parsed.problems().size());
  }

  // --- line breaks and encoding --------------------------------------------------------------

  @Test
  void crlfAndLoneCrAreLineBreaks() {
    Parsed parsed = parse("A=1\rB=2\r\nC=3");
    assertEquals(
        List.of(new Entry("A", "1", 1), new Entry("B", "2", 2), new Entry("C", "3", 3)),
        parsed.entries());
    Parsed bad = parse("A=x\r\nBAD LINE\r\nB=2\r\n");
    assertEquals(List.of(2), bad.problems().stream().map(Problem::line).toList());
    assertEquals(new Entry("B", "2", 3), bad.entries().get(1));
  }

  @Test
  void leadingByteOrderMarkIsDropped() {
    assertEquals(Map.of("A", "1"), map("\uFEFFA=1\n"));
  }

  // --- duplicates ----------------------------------------------------------------------------

  @Test
  void laterDuplicateWinsButKeepsTheFirstPosition() {
    Parsed parsed = parse("A=1\nB=2\nA=3\n");
    assertEquals(3, parsed.entries().size());
    assertEquals(List.of("A", "B"), new ArrayList<>(parsed.asMap().keySet()));
    assertEquals("3", parsed.asMap().get("A"));
    assertThrows(UnsupportedOperationException.class, () -> parsed.asMap().put("C", "4"));
  }

  // --- interpolation inside .env -------------------------------------------------------------

  @Test
  void bracedReferencesExpandFromTheEnvironment() {
    assertEquals(Map.of("A", "home/x"), parse("A=${HOME_X}/x\n", Map.of("HOME_X", "home")).asMap());
  }

  @Test
  void earlierEntriesWinOverTheEnvironmentInsideTheFile() {
    Parsed parsed =
        parse("FROMENV=${PRESET}\nPRESET=fromfile\nFROMFILE=${PRESET}\n", Map.of("PRESET", "env"));
    assertEquals("env", parsed.asMap().get("FROMENV"));
    assertEquals("fromfile", parsed.asMap().get("FROMFILE"));
  }

  @Test
  void referencesSeeTheValueAtTheirOwnLine() {
    Map<String, String> m = map("A=x\nB=${A:-d}\nA=y\nC=${A}\n");
    assertEquals(Map.of("A", "y", "B", "x", "C", "y"), m);
  }

  @Test
  void defaultOnlyWhenUnsetNotWhenEmpty() {
    Map<String, String> m = map("E=\nA=${E:-d}\nB=${U:-d}\n");
    assertEquals("", m.get("A"));
    assertEquals("d", m.get("B"));
  }

  @Test
  void defaultIsNotExpandedAgain() {
    assertEquals("${C}", value("A=${B:-${C}}\n"));
  }

  @Test
  void bareKeyHidesTheEnvironmentAndExpandsToEmpty() {
    Parsed parsed = parse("N\nB=${N:-d}|${N}|${H:-h}\n", Map.of("N", "env", "H", "home"));
    assertEquals("||home", parsed.asMap().get("B"));
  }

  @Test
  void onlyBracedFormsAreExpanded() {
    Map<String, String> env = Map.of("B", "b", "C", "c");
    Parsed parsed = parse("A=$B ${B:?e} ${B-x} $${B} ${C}\n", env);
    // $B stays, ${B:?e} is no reference, ${B-x} looks up the name "B-x", $${B} keeps one '$'.
    assertEquals("$B ${B:?e}  $b c", parsed.asMap().get("A"));
  }

  @Test
  void unmatchedReferenceIsKeptAsText() {
    assertEquals("${B:x}c", parse("A=${B:x}${C}\n", Map.of("C", "c")).asMap().get("A"));
    assertEquals("x${A", value("A=x${A\n"));
    assertEquals("x", value("A=${}x\n"));
    assertEquals("}", value("A=${${X}}\n"));
  }

  @Test
  void quotedValuesAreExpandedTooEvenSingleQuoted() {
    Map<String, String> env = Map.of("X", "x");
    assertEquals("<x>", parse("A='<${X}>'\n", env).asMap().get("A"));
    assertEquals("<x>", parse("A=\"<${X}>\"\n", env).asMap().get("A"));
  }

  @Test
  void expansionResultIsNotExpandedAgain() {
    Parsed parsed = parse("A='${B}'\n", Map.of("B", "${C}", "C", "c"));
    assertEquals("${C}", parsed.asMap().get("A"));
  }

  // --- Variables -----------------------------------------------------------------------------

  @Test
  void processEnvironmentWinsOverDotEnv() {
    Variables v = Variables.of(Map.of("A", "env"), Map.of("A", "file", "B", "file"));
    assertEquals(Optional.of("env"), v.get("A"));
    assertEquals(Optional.of("file"), v.get("B"));
    assertEquals(Optional.empty(), v.get("C"));
    assertEquals(Optional.empty(), v.get("a"));
  }

  @Test
  void bareDotEnvKeyIsAbsent() {
    Map<String, String> dotEnv = parse("N\n").asMap();
    Variables v = Variables.of(Map.of(), dotEnv);
    assertEquals(Optional.empty(), v.get("N"));
    assertEquals(Optional.of("env"), Variables.of(Map.of("N", "env"), dotEnv).get("N"));
  }

  @Test
  void emptyValueIsSetNotAbsent() {
    Variables v = Variables.of(Map.of(), Map.of("E", ""));
    assertEquals(Optional.of(""), v.get("E"));
    assertEquals(Optional.empty(), Variables.none().get("E"));
  }

  @Test
  void variablesDoNotFollowLaterChangesOfTheMaps() {
    Map<String, String> env = new HashMap<>(Map.of("A", "1"));
    Variables v = Variables.of(env, Map.of());
    env.put("A", "2");
    assertEquals(Optional.of("1"), v.get("A"));
  }

  @Test
  void toStringShowsNamesButNoValues() {
    String s = Variables.of(Map.of("SECRET", "hunter2"), Map.of()).toString();
    assertTrue(s.contains("SECRET"), s);
    assertFalse(s.contains("hunter2"), s);
  }

  /**
   * A .env file and a compose value list run through docker-compose 1.29.2 with
   * {@code env -i PRESET=fromenv docker-compose config}; expected values are its output.
   */
  @Test
  void endToEndAgainstDockerCompose() {
    String dotEnvText =
        String.join(
            "\n",
            "export EXP=exported",
            "SQ='lit ${EXP} \\'q\\' \\n'",
            "DQ=\"a\\tb ${EXP} \\\"q\\\" \\x\"",
            "UQ=  plain value # comment",
            "HASH=a#b",
            "ND=${N:-dflt}",
            "N",
            "FROMENV=${PRESET}",
            "PRESET=fromfile",
            "FROMFILE=${PRESET}",
            "DASH=${EXP-x}",
            "COLQ=${EXP:?x}",
            "MULTI=\"line1",
            "line2\"",
            "BAD LINE",
            "=noval",
            "");
    Map<String, String> processEnv = Map.of("PRESET", "fromenv");
    Parsed parsed = parse(dotEnvText, processEnv);
    assertEquals(List.of(15, 16), parsed.problems().stream().map(Problem::line).toList());
    Interpolation interpolation =
        new Interpolation(Variables.of(processEnv, parsed.asMap())::get);

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("${SQ}", "lit exported 'q' \\n");
    expected.put("${DQ}", "a\tb exported \"q\" \\x");
    expected.put("${UQ}", "plain value");
    expected.put("${HASH}", "a#b");
    expected.put("${ND}", "dflt"); // N was not yet defined when ND was read
    expected.put("${N:-d}", "d");
    expected.put("${FROMENV}", "fromenv");
    expected.put("${FROMFILE}", "fromfile");
    expected.put("${PRESET}", "fromenv");
    expected.put("${DASH}", "");
    expected.put("${COLQ}", "${EXP:?x}");
    expected.put("${MULTI}", "line1\nline2");
    expected.put("$EXP", "exported");
    expected.forEach(
        (text, value) -> {
          Substituted s = assertInstanceOf(Substituted.class, interpolation.apply(text), text);
          assertEquals(value, s.value(), text);
          assertEquals(List.of(), s.unset(), text);
        });

    // Deliberate difference: docker-compose turns the bare key N into the text "None" for $N;
    // we treat it as unset.
    assertEquals(
        new Substituted("", List.of("N")), interpolation.apply("$N"));
  }
}
