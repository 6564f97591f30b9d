package io.github.ucpkit.ucp.model.value;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An absolute URL path such as {@code /ws}. Deliberately narrow (letters, digits and {@code . _ ~ / -})
 * so it can be written into an nginx {@code location} or HAProxy line without quoting.
 */
public record UrlPath(String value) implements Comparable<UrlPath> {

  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]{0,255}");

  public UrlPath {
    if (!PATH.matcher(value).matches() || value.contains("//") || value.contains("/../") || value.endsWith("/..")) {
      throw new IllegalArgumentException("not a safe URL path: " + value);
    }
  }

  public static Optional<UrlPath> parse(String text) {
    try {
      return Optional.of(new UrlPath(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  @Override
  public int compareTo(UrlPath o) {
    return value.compareTo(o.value);
  }
}
