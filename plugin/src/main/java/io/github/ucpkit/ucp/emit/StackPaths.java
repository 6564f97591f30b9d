package io.github.ucpkit.ucp.emit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Moves the relative paths of a file read for {@code docker stack deploy} to where its artifact lies.
 * The docker CLI resolves secret and config {@code file}, {@code env_file} and bind-mount sources
 * against the folder of the file given with {@code -c}, whatever the current directory is (checked
 * with {@code docker stack config}); the artifact lies in the output directory, so each such path is
 * prefixed with the way from there to the input's folder. Joining is lexical, as Go's
 * {@code filepath.Join} that the CLI uses: the artifact's path then cleans to the input's.
 *
 * @param toInput the input's folder from the artifact's folder, {@code /}-separated, {@code .} when they are the same
 */
record StackPaths(String toInput) {

  private static final Pattern URL = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://|git@|github\\.com/).*");

  /** Where a setting holds a path, as {@code services.*.env_file}; {@code *} is any key, {@code []} a list item. */
  private static final List<String> FILES = List.of(
      "services.*.env_file", "services.*.env_file.[]", "secrets.*.file", "configs.*.file",
      "services.*.build", "services.*.build.context");

  /** Whether the setting at {@code path} holds a file path the CLI resolves against the file's folder. */
  static boolean holdsPath(List<String> path) {
    return FILES.stream().anyMatch(p -> matches(p, path));
  }

  /** Whether {@code path} is a service's mount, short ({@code source:target[:mode]}) or long syntax. */
  static boolean mount(List<String> path) {
    return matches("services.*.volumes.[]", path);
  }

  /**
   * A path as the artifact must write it: unchanged when it is absolute, a URL, or starts with a
   * variable (whose value only the deploying shell knows). A leading {@code ~} is the home directory
   * only in a bind mount's source; in {@code env_file} and a secret's or config's {@code file} the
   * CLI takes it for a folder named {@code ~} beside the file (checked with {@code docker stack config}).
   *
   * @param deployTime whether {@code text} is as written, variables and {@code $$} included, rather than resolved
   */
  String relocate(String text, boolean deployTime) {
    return relocate(text, deployTime, false);
  }

  /** A bind mount's source, where {@code ~} is the home directory. */
  String relocateBindSource(String text, boolean deployTime) {
    return relocate(text, deployTime, true);
  }

  private String relocate(String text, boolean deployTime, boolean tildeIsHome) {
    if (toInput.equals(".") || text.isEmpty() || text.startsWith("/") || (tildeIsHome && text.startsWith("~")) || text.startsWith("$")
        || text.startsWith("\\") || URL.matcher(text).matches() || (text.length() > 1 && text.charAt(1) == ':')) {
      return text;
    }
    if (deployTime) {
      // a variable inside the path may hold "..": joined as written, for the CLI to clean once it is known
      return dotted(toInput.replace("$", "$$") + "/" + text);
    }
    return dotted(clean(toInput + "/" + text));
  }

  /** A short-syntax mount with its source moved when it is a relative bind mount (it starts with {@code .}). */
  String relocateMount(String text, boolean deployTime) {
    int colon = text.indexOf(':');
    if (colon <= 0 || text.charAt(0) != '.') {
      return text;
    }
    return relocateBindSource(text.substring(0, colon), deployTime) + text.substring(colon);
  }

  /** Go's lexical cleaning of a relative {@code /}-separated path. */
  static String clean(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? "." : String.join("/", parts);
  }

  /**
   * Starting with {@code .}, so a short-syntax mount source stays a bind mount (the CLI takes a source
   * that does not start with {@code .}, {@code /} or {@code ~} for a named volume).
   */
  private static String dotted(String path) {
    return path.startsWith(".") ? path : "./" + path;
  }

  private static boolean matches(String pattern, List<String> path) {
    String[] p = pattern.split("\\.");
    if (p.length != path.size()) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (!p[i].equals("*") && !p[i].equals(path.get(i))) {
        return false;
      }
    }
    return true;
  }
}
