package io.github.ucpkit.ucp.model.value;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host name per RFC 1123: dot-separated labels of letters, digits and inner hyphens, each at most
 * 63 characters, at most 253 in all, no trailing dot. Stored lower-case, because DNS and nginx's
 * {@code server_name} match case-insensitively. Only ASCII: an IDN must be written in its punycode
 * ({@code xn--}) form, so look-alike letters can never reach a config file.
 */
public final class DnsName implements Comparable<DnsName> {

  private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private final String name;

  private DnsName(String name) {
    this.name = name;
  }

  public static Optional<DnsName> parse(String text) {
    if (text == null || text.isEmpty() || text.length() > 253 || !text.chars().allMatch(c -> c < 0x80)) {
      // ASCII first: lower-casing maps a few non-ASCII letters (the Kelvin sign) onto ASCII ones
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String[] labels = lower.split("\\.", -1);
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return Optional.empty();
      }
    }
    if (labels.length > 1 && ALL_DIGITS.matcher(labels[labels.length - 1]).matches()) {
      return Optional.empty();
    }
    return Optional.of(new DnsName(lower));
  }

  /** Why {@code text} is not a host name, for a diagnostic; empty when it is one. */
  public static Optional<String> problem(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (text.length() > 253) {
      return Optional.of("it is " + text.length() + " characters long; the limit is 253");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7e) {
        return Optional.of(String.format(
            "it contains the non-ASCII character U+%04X; write internationalised names in their xn-- form", (int) c));
      }
      if (c < 0x21) {
        return Optional.of("it contains whitespace or a control character");
      }
    }
    for (String label : text.toLowerCase(Locale.ROOT).split("\\.", -1)) {
      if (label.isEmpty()) {
        return Optional.of("it has an empty label (two dots in a row, or a leading or trailing dot)");
      }
      if (label.length() > 63) {
        return Optional.of("label \"" + label + "\" is " + label.length() + " characters long; the limit is 63");
      }
      if (!LABEL.matcher(label).matches()) {
        return Optional.of("label \"" + label + "\" may only hold letters, digits and inner hyphens");
      }
    }
    String[] labels = text.split("\\.", -1);
    if (labels.length > 1 && ALL_DIGITS.matcher(labels[labels.length - 1]).matches()) {
      return Optional.of("its last label is all digits, so it reads as an IP address, not a name (RFC 1123 2.1)");
    }
    return Optional.empty();
  }

  public String value() {
    return name;
  }

  /** True when this name is {@code zone} itself or lies below it. */
  public boolean isWithin(DnsName zone) {
    return name.equals(zone.name) || name.endsWith("." + zone.name);
  }

  /** The part left of {@code zone}: {@code vote} for {@code vote.example.com} in {@code example.com}; {@code @} for the apex. */
  public String relativeTo(DnsName zone) {
    if (name.equals(zone.name)) {
      return "@";
    }
    if (!isWithin(zone)) {
      throw new IllegalArgumentException(name + " is not within " + zone.name);
    }
    return name.substring(0, name.length() - zone.name.length() - 1);
  }

  public int labels() {
    return name.split("\\.").length;
  }

  @Override
  public int compareTo(DnsName o) {
    return name.compareTo(o.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DnsName d && d.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
