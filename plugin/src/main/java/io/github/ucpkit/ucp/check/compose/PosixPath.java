package io.github.ucpkit.ucp.check.compose;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Path normalisation as Python's {@code posixpath.normpath} does it, which docker-compose applies to
 * the container side of a short-syntax volume before comparing mounts: {@code /d/} and {@code /x/../d}
 * are both {@code /d}. Purely textual: no file system access, symbolic links are not followed.
 */
final class PosixPath {

  private PosixPath() {}

  static String normalize(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    int leading = 0;
    while (leading < path.length() && path.charAt(leading) == '/') {
      leading++;
    }
    // POSIX leaves exactly two leading slashes alone (they may mean something to the system); one or three-plus become one
    String prefix = leading == 0 ? "" : leading == 2 ? "//" : "/";
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (!part.equals("..")) {
        parts.addLast(part);
      } else if (prefix.isEmpty() && (parts.isEmpty() || parts.peekLast().equals(".."))) {
        // a relative path keeps the ".." it cannot resolve; an absolute one drops ".." at the root
        parts.addLast(part);
      } else if (!parts.isEmpty()) {
        parts.removeLast();
      }
    }
    String joined = prefix + String.join("/", parts);
    return joined.isEmpty() ? "." : joined;
  }
}
