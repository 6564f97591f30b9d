package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.model.topology.Topology.Dns;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The SOA serial. An explicit number is used as written. {@code auto} never reads the clock and
 * never goes down relative to the zone already in the output directory, in RFC 1982 serial
 * arithmetic, because secondary name servers ignore a zone whose serial is not greater than theirs:
 * unchanged content keeps the previous serial, changed content takes the previous serial plus one
 * or {@code YYYYMMDD00} of {@code project.build.outputTimestamp}, whichever is greater; with no
 * previous zone, {@code YYYYMMDD00} or 1. {@code generate} and {@code check} read the same previous
 * zone, so they agree.
 *
 * @param previous the artifacts in the output directory by name (empty when absent)
 */
public record SerialPolicy(Optional<Instant> outputTimestamp, Function<String, Optional<String>> previous) {

  private static final long MODULUS = 1L << 32;
  private static final long HALF = 1L << 31;

  /** No previous zone: a first generation. */
  public static SerialPolicy of(String outputTimestamp) {
    return new SerialPolicy(timestamp(outputTimestamp), name -> Optional.empty());
  }

  public SerialPolicy withPrevious(Function<String, Optional<String>> artifacts) {
    return new SerialPolicy(outputTimestamp, artifacts);
  }

  /**
   * @param candidate the zone as it would be written, with any serial
   * @param artifact the zone's file name in the output directory
   */
  public long serial(Dns dns, String candidate, String artifact) {
    if (dns.serial().explicit().isPresent()) {
      return Long.parseLong(dns.serial().explicit().get().value());
    }
    Optional<String> before = previous.apply(artifact);
    OptionalLong last = before.map(ZoneText::serial).orElse(OptionalLong.empty());
    if (last.isPresent() && ZoneText.sameContent(before.get(), candidate)) {
      return last.getAsLong();
    }
    long dated = outputTimestamp.map(SerialPolicy::dated).orElse(1L);
    if (last.isEmpty()) {
      return dated;
    }
    long next = (last.getAsLong() + 1) % MODULUS;
    next = next == 0 ? 1 : next;
    // the dated serial only when a secondary would see it follow the last one, and be beyond + 1
    return greater(dated, last.getAsLong()) && greater(dated, next) ? dated : next;
  }

  /** RFC 1982: whether {@code a} follows {@code b} in 32-bit serial number arithmetic. */
  static boolean greater(long a, long b) {
    return (a < b && b - a > HALF) || (a > b && a - b < HALF);
  }

  private static long dated(Instant timestamp) {
    LocalDate day = timestamp.atZone(ZoneOffset.UTC).toLocalDate();
    long value = (day.getYear() * 10_000L + day.getMonthValue() * 100L + day.getDayOfMonth()) * 100L;
    return value > 0 && value < MODULUS ? value : 1;
  }

  /** Maven's {@code project.build.outputTimestamp}: an ISO-8601 instant or seconds since the epoch. */
  private static Optional<Instant> timestamp(String outputTimestamp) {
    if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.length() < 2 || outputTimestamp.length() > 40) {
      return Optional.empty();
    }
    try {
      if (outputTimestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(outputTimestamp)));
      }
      return Optional.of(Instant.parse(outputTimestamp));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
