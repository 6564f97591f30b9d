package io.github.ucpkit.ucp.load.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Substitution as {@code docker stack deploy} does it; each expectation was checked with
 * {@code docker stack config} (docker CLI 28.2.2) and the environment {@code T=yes N=3}.
 */
class StackInterpolationTest {

  private static final Location AT = new Location(Path.of("f.yml"), 3, 5);
  private static final Map<String, String> ENV = Map.of("T", "yes", "N", "3", "EMPTY", "");

  private static StackInterpolation interpolation() {
    return new StackInterpolation(name -> Optional.ofNullable(ENV.get(name)), true);
  }

  /** {@code services.web.<key>: <text>} after substitution. */
  private static YScalar substituted(StackInterpolation i, String key, String text) {
    YMap web = YMap.of(List.of(new YMap.Entry(YScalar.string(key, AT), YScalar.string(text, AT))), AT);
    YMap services = YMap.of(List.of(new YMap.Entry(YScalar.string("web", AT), web)), AT);
    YMap doc = YMap.of(List.of(new YMap.Entry(YScalar.string("services", AT), services)), AT);
    YNode out = ((YMap) ((YMap) i.apply(doc).get("services").orElseThrow()).get("web").orElseThrow()).get(key).orElseThrow();
    return (YScalar) out;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "nginx:$T|nginx:yes",
      "nginx:${T}|nginx:yes",
      "$$T|$T",
      "${UNSET:-d}|d",
      "${EMPTY:-d}|d",
      "${EMPTY-d}|''",
      "${UNSET-d}|d",
      // the unbraced form takes everything after the dash as a default
      "$UNSET-x y|x y",
      "$T-x y|yes",
      // the dash forms are tried before the required ones: VAR:?need is looked up, then the default
      "${UNSET:?need-a-tag}|a-tag",
      "${T:?oops} ${N}|yes 3"})
  void substitutesLikeTheDockerCli(String text, String expected) {
    StackInterpolation i = interpolation();
    assertEquals(expected, substituted(i, "image", text).text());
    assertEquals(List.of(), i.diagnostics().stream().filter(Diagnostic::isError).toList());
  }

  @Test
  void aRequiredVariableThatIsUnsetIsAnError() {
    StackInterpolation i = interpolation();
    substituted(i, "image", "nginx:${TAG:?need a tag}");
    assertEquals(List.of("COMPOSE-INTERP-002"), i.diagnostics().stream().map(Diagnostic::ruleId).toList());
    assertEquals("required variable TAG is missing a value: need a tag (services.web.image)", i.diagnostics().get(0).message());
    assertEquals("set it in the environment of docker stack deploy (it does not read the .env file beside the Compose file)",
        i.diagnostics().get(0).hint());
  }

  @Test
  void aLaterSubstitutionInTheSameValueForgetsAnEarlierError() {
    StackInterpolation i = interpolation();
    assertEquals(" yes", substituted(i, "image", "${TAG:?x} $T").text());
    assertEquals(List.of(), i.diagnostics());
  }

  @Test
  void aDollarThatStartsNoVariableIsAnInvalidFormat() {
    StackInterpolation i = interpolation();
    substituted(i, "command", "echo $(date)");
    assertEquals(List.of("COMPOSE-INTERP-001"), i.diagnostics().stream().map(Diagnostic::ruleId).toList());
  }

  @Test
  void anUnsetVariableIsAWarningThatMentionsTheIgnoredDotEnv() {
    StackInterpolation i = interpolation();
    assertEquals("nginx:", substituted(i, "image", "nginx:${TAG}").text());
    assertEquals(List.of("COMPOSE-INTERP-003"), i.diagnostics().stream().map(Diagnostic::ruleId).toList());
    assertEquals("variable TAG is not set; docker stack deploy substitutes an empty string in services.web.image",
        i.diagnostics().get(0).message());
  }

  /** A value full of unclosed {@code ${x-} costs linear time: the scanner remembers where no brace is left. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aLongValueOfUnclosedBracesIsReadInLinearTime() {
    String text = "${x-".repeat(1_000_000);
    StackTemplate.Result result = StackTemplate.substitute(text, name -> Optional.empty());
    assertEquals("invalid", result.error());
  }

  @Test
  void aSubstitutedTypedSettingIsConverted() {
    StackInterpolation i = interpolation();
    YScalar tty = substituted(i, "tty", "${T}");
    assertEquals(ScalarType.BOOL, tty.type());
    assertEquals("true", tty.text());
    YScalar unchanged = substituted(i, "tty", "yes");
    assertEquals(ScalarType.STR, unchanged.type()); // only a value the substitution changed is converted
  }

  @Test
  void aSubstitutedTypedSettingThatCannotBeConvertedIsAnError() {
    StackInterpolation i = interpolation();
    substituted(i, "privileged", "${N}");
    assertEquals(List.of("COMPOSE-CONV-001"), i.diagnostics().stream().map(Diagnostic::ruleId).toList());
  }
}
