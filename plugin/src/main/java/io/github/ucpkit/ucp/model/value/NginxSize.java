package io.github.ucpkit.ucp.model.value;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size in nginx's syntax ({@code 512k}, {@code 10m}, {@code 1g}, plain bytes), from 1 byte to
 * {@link #MAX}. Zero, which nginx reads as "no limit" for {@code client_max_body_size}, is refused:
 * every limit the plugin writes is a bound. The text form is canonical (lower-case unit, no leading
 * zeros), so one size is always written the same way.
 */
public record NginxSize(long bytes, String text) {

  /** 64 GiB: far above any upload a proxy should buffer, far below nginx's own overflow. */
  public static final long MAX = 64L << 30;

  private static final Pattern SYNTAX = Pattern.compile("([0-9]{1,12})([kKmMgG]?)");

  public static Optional<NginxSize> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    long number = Long.parseLong(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    int shift = switch (unit) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      default -> 0;
    };
    if (number < 1 || number > (MAX >> shift)) {
      return Optional.empty();
    }
    return Optional.of(new NginxSize(number << shift, number + unit));
  }

  @Override
  public String toString() {
    return text;
  }
}
