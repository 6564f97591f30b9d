package io.github.ucpkit.ucp.model.value;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeout in nginx's time syntax, one number and one unit: {@code ms}, {@code s} (also no unit),
 * {@code m} (minutes; nginx's {@code M} is months, so units are lower-case only) or {@code h}.
 * Bounded to {@link #MIN_MILLIS}..{@link #MAX_MILLIS}: below a second a slow but healthy backend
 * would be cut off, above a day a stuck one would hold a connection for good. The text form is
 * canonical ({@code 60s}, never {@code 60} or {@code 060s}).
 */
public record NginxDuration(long millis, String text) {

  public static final long MIN_MILLIS = 1_000;
  public static final long MAX_MILLIS = 24L * 3_600_000;

  private static final Pattern SYNTAX = Pattern.compile("([0-9]{1,9})(ms|s|m|h)?");

  public static Optional<NginxDuration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    long number = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    long factor = switch (unit) {
      case "ms" -> 1;
      case "m" -> 60_000;
      case "h" -> 3_600_000;
      default -> 1_000;
    };
    long millis = number * factor;
    if (millis < MIN_MILLIS || millis > MAX_MILLIS) {
      return Optional.empty();
    }
    return Optional.of(new NginxDuration(millis, number + unit));
  }

  @Override
  public String toString() {
    return text;
  }
}
