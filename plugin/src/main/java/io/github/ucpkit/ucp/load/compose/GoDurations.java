package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The durations of a file read for {@code docker stack deploy} that have the schema's form but that
 * Go's {@code time.ParseDuration} refuses because they do not fit its 64-bit count of nanoseconds
 * (about 2,562,047 hours): the CLI's schema check then says "Does not match format 'duration'", which
 * no pattern can say (it is a sum). Each component is counted exactly, its fraction cut to whole
 * nanoseconds as Go does.
 */
final class GoDurations {

  /** Where the CLI's schema wants a duration ({@code update_config} and {@code rollback_config} alike). */
  private static final List<List<String>> SETTINGS = List.of(
      List.of("stop_grace_period"),
      List.of("healthcheck", "interval"), List.of("healthcheck", "timeout"), List.of("healthcheck", "start_period"),
      List.of("healthcheck", "start_interval"),
      List.of("deploy", "restart_policy", "delay"), List.of("deploy", "restart_policy", "window"),
      List.of("deploy", "update_config", "delay"), List.of("deploy", "update_config", "monitor"),
      List.of("deploy", "rollback_config", "delay"), List.of("deploy", "rollback_config", "monitor"));

  /** The schema's form of a duration (its pattern): only a value of this form can be too long rather than malformed. */
  private static final Pattern FORM =
      Pattern.compile("[-+]?+(?:0|(?:(?:[0-9]++(?:\\.[0-9]*+)?+|\\.[0-9]++)(?:ns|us|µs|μs|ms|s|m|h))++)");
  private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
      "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
  /** Digits of 2^63: a whole part with more (leading zeros aside) overflows whatever its unit. */
  private static final int DIGITS = 19;

  private GoDurations() {}

  static void check(YMap document, List<Diagnostic> diagnostics) {
    if (!(document.get("services").orElse(null) instanceof YMap services)) {
      return;
    }
    for (YMap.Entry service : services.all()) {
      for (List<String> path : SETTINGS) {
        at(service.value(), path).ifPresent(s -> {
          if (overflows(s.text())) {
            diagnostics.add(ComposeFindings.SCHEMA.invalidValue().at(s.at(),
                "services." + service.key().text() + "." + String.join(".", path) + " \"" + s.text() + "\" is longer than Go's"
                    + " durations can be (about 2562047h); docker stack deploy refuses the file (\"Does not match format"
                    + " 'duration'\")",
                "write a shorter duration, such as 24h"));
          }
        });
      }
    }
  }

  private static Optional<YScalar> at(YNode node, List<String> path) {
    YNode n = node;
    for (String key : path) {
      if (!(n instanceof YMap map) || map.get(key).isEmpty()) {
        return Optional.empty();
      }
      n = map.get(key).get();
    }
    return n instanceof YScalar s && s.type() == ScalarType.STR ? Optional.of(s) : Optional.empty();
  }

  private static String strip(String digits) {
    int i = 0;
    while (i < digits.length() && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  /** Whether Go's ParseDuration fails on {@code text} for its size: more than 2^63-1 ns (2^63 when negative). */
  static boolean overflows(String text) {
    if (!FORM.matcher(text).matches()) {
      return false;
    }
    String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    if (body.equals("0")) {
      return false; // the one duration without a unit
    }
    BigInteger limit = text.startsWith("-") ? MAX.add(BigInteger.ONE) : MAX;
    BigInteger total = BigInteger.ZERO;
    // the form is checked: each component is digits, an optional fraction and a unit, read left to right once
    int i = 0;
    while (i < body.length()) {
      int wholeStart = i;
      while (i < body.length() && Character.isDigit(body.charAt(i))) {
        i++;
      }
      String whole = strip(body.substring(wholeStart, i));
      String fraction = "";
      if (i < body.length() && body.charAt(i) == '.') {
        int fractionStart = ++i;
        while (i < body.length() && Character.isDigit(body.charAt(i))) {
          i++;
        }
        fraction = body.substring(fractionStart, i);
      }
      int unitStart = i;
      while (i < body.length() && !Character.isDigit(body.charAt(i)) && body.charAt(i) != '.') {
        i++;
      }
      if (whole.length() > DIGITS) {
        return true; // more than 2^63 of any unit, and no parse of a long run of digits
      }
      BigInteger unit = BigInteger.valueOf(UNITS.get(body.substring(unitStart, i)));
      total = total.add((whole.isEmpty() ? BigInteger.ZERO : new BigInteger(whole)).multiply(unit));
      if (!fraction.isEmpty()) {
        // digits past the 20th change no whole nanosecond of any unit (an hour is 3.6e12 ns)
        BigDecimal f = new BigDecimal("0." + fraction.substring(0, Math.min(fraction.length(), 20)));
        total = total.add(f.multiply(new BigDecimal(unit)).setScale(0, RoundingMode.DOWN).toBigInteger());
      }
      if (total.compareTo(limit) > 0) {
        return true;
      }
    }
    return false;
  }
}
