package io.github.ucpkit.ucp.load.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which durations Go's ParseDuration refuses for their size, each verdict as docker stack config (CLI 28) gave it. */
class GoDurationsTest {

  @ParameterizedTest(name = "{0} overflows: {1}")
  @CsvSource({
      "2562047h47m16.854775807s, false", "2562047h47m16.854775808s, true",
      "9223372036854775807ns, false", "9223372036854775808ns, true",
      "-2562047h47m16.854775808s, false", "-2562047h47m16.854775809s, true",
      "-9223372036854775808ns, false", "-9223372036854775809ns, true",
      "2562047h47m16.8547758079999s, false", "99999999999999h, true", "2562047h2562047h, true",
      "00000000000000000000000000000001s, false", "0.0000000001s, false", "1.s, false", "+0, false", "-0, false",
      "0, false", "90s, false", ".s, false", "1h-1s, false"})
  void overflowsAsGoDoes(String text, boolean overflows) {
    assertEquals(overflows, GoDurations.overflows(text), text);
  }

  /** A whole part of any length is not parsed: more than 19 digits overflow whatever the unit. */
  @Test
  void aMillionDigitsAreDecidedWithoutParsingThem() {
    String digits = "9".repeat(1_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      assertEquals(true, GoDurations.overflows(digits + "ns"));
      assertEquals(false, GoDurations.overflows(digits));
      assertEquals(false, GoDurations.overflows("0".repeat(1_000_000) + "1s"));
      assertEquals(false, GoDurations.overflows("1." + digits + "s"));
    });
  }
}
