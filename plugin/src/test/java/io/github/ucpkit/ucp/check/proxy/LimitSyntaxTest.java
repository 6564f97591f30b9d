package io.github.ucpkit.ucp.check.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words a finding uses for each way a body size or read timeout is refused. */
class LimitSyntaxTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "10m    | ",
    "0      | which nginx reads as no limit at all",
    "000k   | which nginx reads as no limit at all",
    "65g    | which is above the bound of 64g",
    "10mb   | which is not an nginx size (a whole number with an optional unit k, m or g)",
    "1m;x   | which is not an nginx size (a whole number with an optional unit k, m or g)",
  })
  void sizes(String text, String problem) {
    assertEquals(Optional.ofNullable(problem), LimitSyntax.sizeProblem(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "90s    | ",
    "0      | which is shorter than 1s",
    "0h     | which is shorter than 1s",
    "999ms  | which is shorter than 1s",
    "0999ms | which is shorter than 1s",
    "25h    | which is longer than 24h",
    "1441m  | which is longer than 24h",
    "5M     | which is not an nginx time with one unit (ms, s, m or h; m is minutes)",
    "1m30s  | which is not an nginx time with one unit (ms, s, m or h; m is minutes)",
  })
  void durations(String text, String problem) {
    assertEquals(Optional.ofNullable(problem), LimitSyntax.durationProblem(text));
  }
}
