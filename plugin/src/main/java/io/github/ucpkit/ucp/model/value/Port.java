package io.github.ucpkit.ucp.model.value;

import java.util.Optional;
import java.util.regex.Pattern;

/** A TCP/UDP port number, 1 to 65535. */
public record Port(int number) implements Comparable<Port> {

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");

  public Port {
    if (number < 1 || number > 65535) {
      throw new IllegalArgumentException("port out of range: " + number);
    }
  }

  public static Optional<Port> parse(String text) {
    if (text == null || !DIGITS.matcher(text).matches()) {
      return Optional.empty();
    }
    int n = Integer.parseInt(text);
    return n >= 1 && n <= 65535 ? Optional.of(new Port(n)) : Optional.empty();
  }

  @Override
  public int compareTo(Port o) {
    return Integer.compare(number, o.number);
  }

  @Override
  public String toString() {
    return Integer.toString(number);
  }
}
