package io.github.ucpkit.ucp.model.value;

import java.util.Optional;
import java.util.regex.Pattern;

/** A name Docker accepts for a network or volume: a letter or digit, then letters, digits, {@code _ . -}. */
public record DockerName(String value) implements Comparable<DockerName> {

  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}");

  public DockerName {
    if (!NAME.matcher(value).matches()) {
      throw new IllegalArgumentException("not a Docker name: " + value);
    }
  }

  public static Optional<DockerName> parse(String text) {
    return text != null && NAME.matcher(text).matches() ? Optional.of(new DockerName(text)) : Optional.empty();
  }

  @Override
  public int compareTo(DockerName o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
