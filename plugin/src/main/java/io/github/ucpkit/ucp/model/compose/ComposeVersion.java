package io.github.ucpkit.ucp.model.compose;

/** A supported file format version: 2.0 to 2.4 ({@code "2"} means 2.0). */
public record ComposeVersion(int minor) implements Comparable<ComposeVersion> {

  public static final ComposeVersion LATEST = new ComposeVersion(4);

  public ComposeVersion {
    if (minor < 0 || minor > 4) {
      throw new IllegalArgumentException("unsupported 2.x minor: " + minor);
    }
  }

  public boolean below(ComposeVersion other) {
    return minor < other.minor;
  }

  @Override
  public int compareTo(ComposeVersion o) {
    return Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return "2." + minor;
  }
}
