package io.github.ucpkit.ucp.check.proxy;

import io.github.ucpkit.ucp.model.value.NginxDuration;
import io.github.ucpkit.ucp.model.value.NginxSize;
import java.util.Optional;

/**
 * Why a body size or read timeout is refused, in words a message can use; empty when the value
 * parses. Shared by the topology's cluster defaults and the services' labels, which take the same
 * syntax.
 */
public final class LimitSyntax {

  private LimitSyntax() {}

  public static Optional<String> sizeProblem(String text) {
    if (NginxSize.parse(text).isPresent()) {
      return Optional.empty();
    }
    if (!text.matches("[0-9]{1,12}[kKmMgG]?")) {
      return Optional.of("which is not an nginx size (a whole number with an optional unit k, m or g)");
    }
    if (text.matches("0+[kKmMgG]?")) {
      return Optional.of("which nginx reads as no limit at all");
    }
    return Optional.of("which is above the bound of 64g");
  }

  public static Optional<String> durationProblem(String text) {
    if (NginxDuration.parse(text).isPresent()) {
      return Optional.empty();
    }
    if (!text.matches("[0-9]{1,9}(ms|s|m|h)?")) {
      return Optional.of("which is not an nginx time with one unit (ms, s, m or h; m is minutes)");
    }
    // the syntax holds, so the magnitude is out of bounds; only milliseconds or zero can be too short
    long number = Long.parseLong(text.replaceAll("[a-z]", ""));
    boolean tooShort = number == 0 || text.endsWith("ms") && number < NginxDuration.MIN_MILLIS;
    return Optional.of(tooShort ? "which is shorter than 1s" : "which is longer than 24h");
  }

  public static final String SIZE_HINT = "write a size from 1 byte to 64g such as 512k, 10m or 1g";
  public static final String DURATION_HINT = "write a time from 1s to 24h with one unit, such as 90s, 5m or 1h";
}
