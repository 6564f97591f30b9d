package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short syntaxes of {@code ports} and {@code volumes} as {@code docker stack deploy} parses them
 * (the docker CLI's port-spec parser and its volume-spec parser), which accept and refuse other
 * strings than docker-compose: {@code ":80"} is a port, {@code "1.2.3.4:80"} is not;
 * {@code "C:\\data:C:\\data"} is a mount, {@code ":/data"} is not.
 */
public final class StackSyntax {

  private static final Pattern RANGE = Pattern.compile("(?<start>[0-9]+)(?:-(?<end>[0-9]+))?");

  private StackSyntax() {}

  /** Why the port spec is refused, or empty when it is valid. */
  public static Optional<String> portProblem(String spec) {
    String[] parts = spec.split(":", -1);
    int n = parts.length;
    String ip = n <= 2 ? "" : String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2));
    String host = n == 1 ? "" : parts[n - 2];
    String container = parts[n - 1];
    int slash = container.indexOf('/');
    String port = slash < 0 ? container : container.substring(0, slash);
    String proto = slash < 0 || slash == container.length() - 1 ? "tcp" : container.substring(slash + 1);
    if (port.isEmpty()) {
      return Optional.of("no container port");
    }
    if (!proto.toLowerCase(Locale.ROOT).matches("tcp|udp|sctp")) {
      return Optional.of("protocol \"" + proto + "\" is not tcp, udp or sctp");
    }
    if (ip.startsWith("[")) {
      if (!ip.endsWith("]")) {
        return Optional.of("host address \"" + ip + "\" lacks its closing \"]\"");
      }
      ip = ip.substring(1, ip.length() - 1);
    }
    if (!ip.isEmpty() && IpAddress.parse(ip).isEmpty()) {
      return Optional.of("\"" + ip + "\" is not an IP address");
    }
    Optional<int[]> target = range(port);
    if (target.isEmpty()) {
      return Optional.of("container port \"" + port + "\" is not a port or range from 0 to 65535");
    }
    if (!host.isEmpty()) {
      Optional<int[]> published = range(host);
      if (published.isEmpty()) {
        return Optional.of("published port \"" + host + "\" is not a port or range from 0 to 65535");
      }
      int[] t = target.get();
      int[] p = published.get();
      if (t[1] - t[0] != p[1] - p[0] && t[1] != t[0]) {
        return Optional.of("the published range " + host + " and the container range " + port + " differ in length");
      }
    }
    return Optional.empty();
  }

  private static Optional<int[]> range(String text) {
    Matcher m = RANGE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Integer> start = port(m.group("start"));
    Optional<Integer> end = m.group("end") == null ? start : port(m.group("end"));
    if (start.isEmpty() || end.isEmpty() || end.get() < start.get()) {
      return Optional.empty();
    }
    return Optional.of(new int[] {start.get(), end.get()});
  }

  private static Optional<Integer> port(String digits) {
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    return trimmed.length() > 5 || Integer.parseInt(trimmed) > 65535 ? Optional.empty() : Optional.of(Integer.parseInt(trimmed));
  }

  /**
   * Why the short volume spec is refused, or empty when it is valid: sections separated by
   * {@code :} (a drive letter's colon belongs to its path), none of them empty, at most three.
   */
  public static Optional<String> volumeProblem(String spec) {
    if (spec.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (spec.codePointCount(0, spec.length()) <= 2) {
      return Optional.empty();
    }
    int sections = 0;
    StringBuilder buffer = new StringBuilder();
    int[] chars = (spec + '\0').codePoints().toArray();
    for (int c : chars) {
      boolean drive = c == ':' && buffer.codePointCount(0, buffer.length()) == 1 && Character.isLetter(buffer.codePointAt(0));
      if (drive) {
        buffer.appendCodePoint(c);
      } else if (c == ':' || c == '\0') {
        if (buffer.length() == 0) {
          return Optional.of("it has an empty part between colons (often a variable that is not set)");
        }
        sections++;
        if (sections > 3 || (sections == 3 && c == ':')) {
          return Optional.of("it has more than three ':'-separated parts; the form is [SOURCE:]TARGET[:MODE]");
        }
        buffer.setLength(0);
      } else {
        buffer.appendCodePoint(c);
      }
    }
    return Optional.empty();
  }
}
