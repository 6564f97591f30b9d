package io.github.ucpkit.ucp.hostile;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bound of the README's limits table at limit − 1, limit and limit + 1, through the whole run
 * as {@link HostileInputTest} does it (exact findings, nothing escapes, nothing written on error).
 */
class LimitsTest {

  static List<Named<Supplier<HostileCase>>> cases() {
    return LimitCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isHandled(Supplier<HostileCase> c, @TempDir Path project) throws Exception {
    HostileInputTest.check(c.get(), project);
  }
}
