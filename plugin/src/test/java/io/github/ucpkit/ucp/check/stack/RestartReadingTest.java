package io.github.ucpkit.ucp.check.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code restart} read as docker CLI 28.2.2 reads it for {@code docker stack deploy}. Each row is what
 * that CLI sent the engine (the restart policy of the created service) or the error it stopped
 * with, observed by deploying the value against a stand-in engine.
 */
class RestartReadingTest {

  @ParameterizedTest(name = "restart: \"{0}\" -> {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "''|none",
      "no|none",
      "no:3|none",
      "always|any 0",
      "unless-stopped|any 0",
      "unless-stopped:2|any 0",
      "on-failure|on-failure 0",
      "on-failure:0|on-failure 0",
      "on-failure:3|on-failure 3",
      "on-failure:+3|on-failure 3",
      "on-failure:|on-failure 0",
      "always:abc|refused invalid restart policy format: maximum retry count must be an integer",
      "on-failure:3:4|refused invalid restart policy format: maximum retry count must be an integer",
      "on-failure: 3|refused invalid restart policy format: maximum retry count must be an integer",
      ":3|refused invalid restart policy format: no policy provided before colon",
      "ON-FAILURE|refused unknown restart policy",
      "' always'|refused unknown restart policy",
      "bogus|refused unknown restart policy"})
  void readsTheValueAsTheDockerCliDoes(String value, String expected) {
    assertEquals(expected, describe(RestartReading.parse(value)));
  }

  private static String describe(RestartReading.Parsed parsed) {
    if (parsed instanceof RestartReading.Policy p) {
      return p.condition() + " " + p.attempts();
    }
    if (parsed instanceof RestartReading.Refused r) {
      return "refused " + r.cliError();
    }
    return "none";
  }
}
