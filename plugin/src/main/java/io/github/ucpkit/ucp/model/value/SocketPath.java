package io.github.ucpkit.ucp.model.value;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An absolute path to a unix socket on the load balancer's host ({@code /run/haproxy/admin.sock},
 * {@code /dev/log}): letters, digits, {@code . _ -} between single slashes, no {@code .} or
 * {@code ..} segment, at most {@link #MAX_LENGTH} characters. Nothing else can reach a config
 * line, so a path never needs quoting.
 */
public record SocketPath(String value) {

  /**
   * A unix socket address holds 107 bytes, but HAProxy 2.6 first binds a temporary name with a
   * suffix and refuses a path over 97 ({@code socket path '...' too long (max 97)}).
   */
  public static final int MAX_LENGTH = 97;

  private static final Pattern SYNTAX = Pattern.compile("(?:/[A-Za-z0-9_][A-Za-z0-9._-]*+)++");

  public static Optional<SocketPath> parse(String text) {
    if (text == null || text.length() > MAX_LENGTH || !SYNTAX.matcher(text).matches()) {
      return Optional.empty();
    }
    for (String segment : text.substring(1).split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.empty();
      }
    }
    return Optional.of(new SocketPath(text));
  }

  @Override
  public String toString() {
    return value;
  }
}
