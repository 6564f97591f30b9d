package io.github.ucpkit.ucp.model.compose;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file format version we validate: 2.0 to 2.4 (docker-compose only) or 3.0 to 3.13. {@code "2"}
 * and {@code "3"} are written without a minor: docker-compose reads {@code "2"} as 2.0, and
 * docker-compose before 1.27 read {@code "3"} as 3.0, while the docker CLI 23 and later reads
 * {@code "3"} as its newest 3.x minor.
 *
 * @param minorWritten whether the file names the minor ({@code "3.7"}) or only the major ({@code "3"})
 */
public record ComposeVersion(int major, int minor, boolean minorWritten) implements Comparable<ComposeVersion> {

  /** The newest 3.x minor the docker CLI 28 knows; it reads a bare {@code "3"} and a versionless file as this one. */
  public static final int NEWEST_STACK_MINOR = 13;

  private static final Pattern MAJOR_MINOR = Pattern.compile("[23]\\.(0|[1-9][0-9]?)");

  public ComposeVersion {
    if (!(major == 2 && minor >= 0 && minor <= 4) && !(major == 3 && minor >= 0 && minor <= NEWEST_STACK_MINOR)) {
      throw new IllegalArgumentException("unsupported version: " + major + "." + minor);
    }
  }

  /** A 2.x version with its minor written out. */
  public ComposeVersion(int minor) {
    this(2, minor, true);
  }

  /** {@code "2"}, {@code "2.0"} … {@code "2.4"}, {@code "3"}, {@code "3.0"} … {@code "3.13"}; anything else is not ours. */
  public static Optional<ComposeVersion> parse(String text) {
    if (text.equals("2") || text.equals("3")) {
      return Optional.of(new ComposeVersion(text.charAt(0) - '0', 0, false));
    }
    if (!MAJOR_MINOR.matcher(text).matches()) {
      return Optional.empty();
    }
    int major = text.charAt(0) - '0';
    int minor = Integer.parseInt(text.substring(2));
    boolean known = major == 2 ? minor <= 4 : minor <= NEWEST_STACK_MINOR;
    return known ? Optional.of(new ComposeVersion(major, minor, true)) : Optional.empty();
  }

  public boolean isV2() {
    return major == 2;
  }

  public boolean isV3() {
    return major == 3;
  }

  /** The 3.x minor {@code docker stack deploy} (docker CLI 28) validates against: a bare "3" is its newest. */
  public int stackMinor() {
    return minorWritten ? minor : NEWEST_STACK_MINOR;
  }

  public boolean below(ComposeVersion other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(ComposeVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
