package io.github.ucpkit.ucp.load.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.load.env.Interpolation.Invalid;
import io.github.ucpkit.ucp.load.env.Interpolation.MissingValue;
import io.github.ucpkit.ucp.load.env.Interpolation.Outcome;
import io.github.ucpkit.ucp.load.env.Interpolation.Substituted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InterpolationTest {

  private static final Map<String, String> VARS =
      Map.of("SET", "value", "EMPTY", "", "Foo", "bar", "\u017F", "longs", "TAG", "1.25");

  private static final Interpolation INTERPOLATION =
      new Interpolation(name -> Optional.ofNullable(VARS.get(name)));

  private static final Interpolation EMPTY_ENVIRONMENT = new Interpolation(name -> Optional.empty());

  private static Substituted substituted(Interpolation interpolation, String text) {
    return assertInstanceOf(Substituted.class, interpolation.apply(text), text);
  }

  private static Invalid invalid(String text) {
    return assertInstanceOf(Invalid.class, INTERPOLATION.apply(text), text);
  }

  private static MissingValue missing(String text) {
    return assertInstanceOf(MissingValue.class, INTERPOLATION.apply(text), text);
  }

  // Expected results below were produced by docker-compose 1.29.2's own interpolation code
  // (TemplateWithDefaults + Environment) with the variables in VARS.
  static Stream<Arguments> compose129() {
    return Stream.of(
        okRow("${SET}", "value"),
        okRow("$SET", "value"),
        okRow("$UNSET", "", "UNSET"),
        okRow("${UNSET}", "", "UNSET"),
        okRow("$UNSET:-d ${UNSET:-d} ${UNSET-d} ${EMPTY:-d} ${EMPTY-d} ${SET:-d}", ":-d d d d  value",
            "UNSET"),
        okRow("${UNSET:-d}", "d"),
        okRow("${EMPTY:-d}", "d"),
        okRow("${SET:-d}", "value"),
        okRow("${UNSET-d}", "d"),
        okRow("${EMPTY-d}", ""),
        okRow("${SET-d}", "value"),
        okRow("${SET:?e}", "value"),
        okRow("${SET?e}", "value"),
        okRow("${EMPTY?e}", ""),
        okRow("${EMPTY?}", ""),
        okRow("${Foo}$foo$FOO", "bar", "foo", "FOO"),
        okRow("$\u017F", "longs"),
        okRow("$UNSET $UNSET ${UNSET} $OTHER", "   ", "UNSET", "OTHER"),
        okRow("${A:-${B:-x}}", "${B:-x}"),
        okRow("${SET}x${SET}", "valuexvalue"),
        okRow("$$$$SET", "$$SET"),
        okRow("$$SET", "$SET"),
        okRow("$$", "$"),
        okRow("${A:-}", ""),
        okRow("${A-}", ""),
        okRow("${_}", "", "_"),
        okRow("$_a1b", "", "_a1b"),
        okRow("${SET:-a}}", "value}"),
        okRow("${SET-a:-b}", "value"),
        okRow("${A:-a\nb}", "a\nb"),
        okRow("$SETx-y", "-y", "SETx"),
        okRow("${UNSET}${UNSET:-d}", "d", "UNSET"),
        okRow("no dollar at all", "no dollar at all"),
        missingRow("${A:?}", "A", "A"),
        missingRow("${EMPTY:?}", "EMPTY", "EMPTY"),
        missingRow("${A?}", "A", "A"),
        missingRow("${EMPTY?no}${EMPTY:?yes}", "EMPTY", "yes"),
        missingRow("${A?x}$1", "A", "x"),
        missingRow("${A?b?c}", "A", "b?c"),
        missingRow("${A:?err with spaces and $ and {}", "A", "err with spaces and $ and {"),
        missingRow("nginx:${UNSET:?tag is required}", "UNSET", "tag is required"),
        invalidRow("a$"),
        invalidRow("${}"),
        invalidRow("${A"),
        invalidRow("${A:-x"),
        invalidRow("${A:+x}"),
        invalidRow("${A+x}"),
        invalidRow("${foo bar}"),
        invalidRow("${1A}"),
        invalidRow("$1"),
        invalidRow("$-"),
        invalidRow("${A:}"),
        invalidRow("$1${A?x}"),
        invalidRow("${a.b}"),
        invalidRow("$ "),
        invalidRow("$\u00e9"));
  }

  private static Arguments okRow(String text, String value, String... unset) {
    return Arguments.of(text, new Substituted(value, List.of(unset)));
  }

  private static Arguments missingRow(String text, String variable, String message) {
    return Arguments.of(text, new MissingValue(variable, message));
  }

  private static Arguments invalidRow(String text) {
    return Arguments.of(text, null);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("compose129")
  void behavesLikeDockerCompose129(String text, Outcome expected) {
    Outcome actual = INTERPOLATION.apply(text);
    if (expected == null) {
      assertInstanceOf(Invalid.class, actual, text);
    } else {
      assertEquals(expected, actual, text);
    }
  }

  // --- the rows of the facts' interpolation table -------------------------------------------

  @Test
  void plainReferencesTakeTheValueAndRecordUnsetNames() {
    assertEquals(new Substituted("nginx:1.25", List.of()), INTERPOLATION.apply("nginx:$TAG"));
    assertEquals(new Substituted("nginx:1.25", List.of()), INTERPOLATION.apply("nginx:${TAG}"));
    assertEquals(new Substituted("nginx:", List.of("NOPE")), INTERPOLATION.apply("nginx:$NOPE"));
  }

  @Test
  void colonDashDefaultsWhenUnsetOrEmptyAndDashOnlyWhenUnset() {
    assertEquals("d|d|value", substituted(INTERPOLATION, "${UNSET:-d}|${EMPTY:-d}|${SET:-d}").value());
    assertEquals("d||value", substituted(INTERPOLATION, "${UNSET-d}|${EMPTY-d}|${SET-d}").value());
  }

  @Test
  void defaultsAndErrorsAreNotReportedAsUnset() {
    // docker-compose warns only for plain references; ${X:-d} and ${X-d} stay silent.
    assertEquals(List.of(), substituted(INTERPOLATION, "${UNSET:-d}${UNSET-d}").unset());
  }

  @Test
  void colonQuestionFailsWhenUnsetOrEmptyAndQuestionOnlyWhenUnset() {
    assertEquals(new MissingValue("EMPTY", "need it"), INTERPOLATION.apply("${EMPTY:?need it}"));
    assertEquals(new MissingValue("UNSET", "need it"), INTERPOLATION.apply("${UNSET:?need it}"));
    assertEquals(new MissingValue("UNSET", "need it"), INTERPOLATION.apply("${UNSET?need it}"));
    assertEquals("", substituted(INTERPOLATION, "${EMPTY?need it}").value());
  }

  @Test
  void missingValueCarriesTheTextOfTheTestedExample() {
    MissingValue m = assertInstanceOf(
        MissingValue.class, EMPTY_ENVIRONMENT.apply("nginx:${TAG?tag is required}"));
    assertEquals("TAG", m.variable());
    assertEquals("tag is required", m.message());
  }

  @Test
  void emptyErrorTextFallsBackToTheVariableName() {
    assertEquals(new MissingValue("TAG", "TAG"), EMPTY_ENVIRONMENT.apply("${TAG:?}"));
  }

  @Test
  void doubleDollarIsALiteralDollarAndIsNotLookedUp() {
    List<String> asked = new ArrayList<>();
    Interpolation recording =
        new Interpolation(
            name -> {
              asked.add(name);
              return Optional.empty();
            });
    Substituted s = substituted(recording, "echo $$HOME costs $$5 and $${X}");
    assertEquals("echo $HOME costs $5 and ${X}", s.value());
    assertEquals(List.of(), asked);
    assertEquals(List.of(), s.unset());
  }

  // --- corpus/synthetic/interp-*.yml, at the level of the single value ----------------------

  @Test
  void corpusInterpBoolUnsetSubstitutesTheEmptyString() {
    // privileged: "${PRIV}" -> "" (the type conversion then fails; that is not this class's job)
    assertEquals(new Substituted("", List.of("PRIV")), EMPTY_ENVIRONMENT.apply("${PRIV}"));
  }

  @Test
  void corpusInterpDefaultPort() {
    assertEquals(
        new Substituted("8080:80", List.of()), EMPTY_ENVIRONMENT.apply("${HTTP_PORT:-8080}:80"));
  }

  @Test
  void corpusInterpDollarDigitIsInvalid() {
    Invalid i = assertInstanceOf(Invalid.class, EMPTY_ENVIRONMENT.apply("echo $1"));
    assertTrue(i.reason().contains("'$1'"), i.reason());
    assertTrue(i.reason().contains("position 6"), i.reason());
    assertTrue(i.reason().contains("$$1"), i.reason());
  }

  @Test
  void corpusInterpEscaped() {
    assertEquals(new Substituted("echo $HOME", List.of()), EMPTY_ENVIRONMENT.apply("echo $$HOME"));
  }

  @Test
  void corpusInterpInKeyAndInXFieldNeedTheCallerToSkipThem() {
    // interp-in-key.yml and interp-in-x-field.yml pass only because docker-compose never
    // interpolates keys and top-level x-* values. Interpolating them would change the verdict:
    assertEquals(new Substituted("", List.of("KEY")), EMPTY_ENVIRONMENT.apply("${KEY}"));
    assertInstanceOf(Invalid.class, EMPTY_ENVIRONMENT.apply("echo $1"));
  }

  @Test
  void corpusInterpNestedDefaultKeepsTheInnerReferenceAsText() {
    assertEquals(
        new Substituted("nginx:${B:-x}", List.of()),
        EMPTY_ENVIRONMENT.apply("nginx:${A:-${B:-x}}"));
  }

  @Test
  void nestedDefaultIsNotInterpolatedEvenWhenTheInnerVariableIsSet() {
    Interpolation withB = new Interpolation(n -> n.equals("B") ? Optional.of("b") : Optional.empty());
    assertEquals("nginx:${B:-x}", substituted(withB, "nginx:${A:-${B:-x}}").value());
  }

  @Test
  void corpusInterpPlusOperatorIsInvalid() {
    Invalid i = assertInstanceOf(Invalid.class, EMPTY_ENVIRONMENT.apply("nginx:${A:+x}"));
    assertTrue(i.reason().contains("':+'"), i.reason());
    assertTrue(i.reason().contains("position 7"), i.reason());
  }

  @Test
  void corpusInterpRequired() {
    assertEquals(
        new MissingValue("TAG", "TAG must be set"),
        EMPTY_ENVIRONMENT.apply("nginx:${TAG?TAG must be set}"));
  }

  @Test
  void corpusInterpUnsetPortLeavesAColon() {
    assertEquals(
        new Substituted(":80", List.of("HTTP_PORT")), EMPTY_ENVIRONMENT.apply("${HTTP_PORT}:80"));
  }

  // --- names ---------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"$Foo", "${Foo}", "${Foo:-x}", "${Foo?x}"})
  void namesMayUseAnyCaseButTheLookupIsExact(String text) {
    assertEquals("bar", substituted(INTERPOLATION, text).value());
  }

  @Test
  void differentlyCasedNamesAreDifferentVariables() {
    Substituted s = substituted(INTERPOLATION, "$foo|${FOO}|$Foo");
    assertEquals("||bar", s.value());
    assertEquals(List.of("foo", "FOO"), s.unset());
  }

  @Test
  void nameEndsAtTheFirstCharacterThatCannotBeInOne() {
    assertEquals("value.x", substituted(INTERPOLATION, "$SET.x").value());
    assertEquals("value-x", substituted(INTERPOLATION, "$SET-x").value());
    assertEquals(List.of("SET_x1"), substituted(INTERPOLATION, "$SET_x1").unset());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0130", "\u0131", "\u017F", "\u212A"})
  void theFourNonAsciiLettersPythonFoldsToAsciiAreNameCharacters(String letter) {
    Substituted s = substituted(EMPTY_ENVIRONMENT, "$" + letter + "x");
    assertEquals("", s.value());
    assertEquals(List.of(letter + "x"), s.unset());
  }

  // --- unset collection ----------------------------------------------------------------------

  @Test
  void unsetNamesAreDeduplicatedInOrderOfFirstAppearance() {
    Substituted s = substituted(EMPTY_ENVIRONMENT, "$B ${A} $B $C ${A}");
    assertEquals(List.of("B", "A", "C"), s.unset());
    assertEquals("    ", s.value());
  }

  @Test
  void substitutedListIsImmutable() {
    Substituted s = substituted(EMPTY_ENVIRONMENT, "$A");
    assertThrows(UnsupportedOperationException.class, () -> s.unset().add("B"));
  }

  // --- invalid formats and their reasons -----------------------------------------------------

  @Test
  void loneDollarAtTheEnd() {
    String reason = invalid("price: 5$").reason();
    assertTrue(reason.contains("lone '$'"), reason);
    assertTrue(reason.contains("position 9"), reason);
  }

  @Test
  void emptyBraces() {
    String reason = invalid("a${}b").reason();
    assertTrue(reason.contains("'${}'"), reason);
    assertTrue(reason.contains("position 2"), reason);
    assertTrue(reason.contains("no variable name"), reason);
  }

  @Test
  void spaceInsideBraces() {
    String reason = invalid("${foo bar}").reason();
    assertTrue(reason.contains("'${foo bar}'"), reason);
    assertTrue(reason.contains("position 1"), reason);
    assertTrue(reason.contains("letters, digits and '_'"), reason);
  }

  @Test
  void nameStartingWithADigitInBraces() {
    String reason = invalid("x ${1A}").reason();
    assertTrue(reason.contains("'${1A}' at position 3"), reason);
    assertTrue(reason.contains("starts with a letter or '_'"), reason);
  }

  @Test
  void unclosedBrace() {
    String reason = invalid("x${A:-x").reason();
    assertTrue(reason.contains("'${A:-x' at position 2"), reason);
    assertTrue(reason.contains("not closed"), reason);
  }

  @Test
  void plusOperatorWithoutColon() {
    String reason = invalid("${A+x}").reason();
    assertTrue(reason.contains("operator '+'"), reason);
  }

  @Test
  void dollarBeforeSpace() {
    String reason = invalid("a $ b").reason();
    assertTrue(reason.contains("'$ ' at position 3"), reason);
  }

  @Test
  void positionsCountCodePointsNotUtf16Units() {
    // U+1F600 is two chars in Java but one character for the reader of the message.
    String reason = invalid("\uD83D\uDE00 $1").reason();
    assertTrue(reason.contains("position 3"), reason);
  }

  @Test
  void longFaultySnippetsAreShortened() {
    String reason = invalid("${" + "a".repeat(100) + " b}").reason();
    assertTrue(reason.contains("..."), reason);
    assertTrue(reason.length() < 200, reason);
  }

  @Test
  void theFirstProblemFromTheLeftWins() {
    assertInstanceOf(Invalid.class, EMPTY_ENVIRONMENT.apply("$1 ${A?x}"));
    assertInstanceOf(MissingValue.class, EMPTY_ENVIRONMENT.apply("${A?x} $1"));
  }

  // --- fast path -----------------------------------------------------------------------------

  @Test
  void mentionsVariablesLooksForADollarSign() {
    assertTrue(Interpolation.mentionsVariables("a$b"));
    assertTrue(Interpolation.mentionsVariables("$"));
    assertFalse(Interpolation.mentionsVariables("nginx:1.25"));
    assertFalse(Interpolation.mentionsVariables(""));
  }

  @Test
  void textWithoutDollarComesBackUnchanged() {
    String text = "{not: a variable} } {";
    assertEquals(new Substituted(text, List.of()), EMPTY_ENVIRONMENT.apply(text));
  }
}
