package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.model.topology.Topology.Dns;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The SOA serial. An explicit number is used as written. {@code auto} is reproducible and never
 * reads the clock: the low 16 bits are a hash of the zone's records (so any change of content
 * changes the serial), and with {@code project.build.outputTimestamp} set, the high bits count the
 * days since 2000-01-01 of that timestamp, so releases with a later timestamp get larger serials,
 * which secondary servers need to pick up a change.
 */
public record SerialPolicy(Optional<Instant> outputTimestamp) {

  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  public long serial(Dns dns, String zoneContent) {
    if (dns.serial().explicit().isPresent()) {
      return Long.parseLong(dns.serial().explicit().get().value());
    }
    long hash = hash16(zoneContent);
    if (outputTimestamp.isEmpty()) {
      return 1 + hash;
    }
    long days = ChronoUnit.DAYS.between(EPOCH, outputTimestamp.get().atZone(ZoneOffset.UTC).toLocalDate());
    return (Math.max(0, Math.min(days, 0xffff)) << 16) + hash + 1;
  }

  private static long hash16(String content) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return ((d[0] & 0xffL) << 8 | (d[1] & 0xffL)) & 0xfffe;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  /** Maven's {@code project.build.outputTimestamp}: an ISO-8601 instant or seconds since the epoch. */
  public static SerialPolicy of(String outputTimestamp) {
    if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.length() < 2) {
      return new SerialPolicy(Optional.empty());
    }
    try {
      if (outputTimestamp.matches("[0-9]+")) {
        return new SerialPolicy(Optional.of(Instant.ofEpochSecond(Long.parseLong(outputTimestamp))));
      }
      return new SerialPolicy(Optional.of(Instant.parse(outputTimestamp)));
    } catch (RuntimeException e) {
      return new SerialPolicy(Optional.empty());
    }
  }
}
