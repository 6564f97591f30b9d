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

  /** Where a setting holds a file path, as {@code services.*.env_file}; {@code *} is any key, {@code []} a list item. */
  private static final List<String> FILES = List.of("services.*.env_file", "services.*.env_file.[]", "secrets.*.file", "configs.*.file");
  /** Where a build context is: the stack deployer ignores {@code build}, but the copy keeps it pointing at the same folder. */
  private static final List<String> BUILDS = List.of("services.*.build", "services.*.build.context");

  /** Whether the setting at {@code path} holds a file path the CLI resolves against the file's folder. */
  static boolean holdsPath(List<String> path) {
    return FILES.stream().anyMatch(p -> matches(p, path));
  }

  static boolean holdsBuildContext(List<String> path) {
    return BUILDS.stream().anyMatch(p -> matches(p, path));
  }

  /** Whether {@code path} is a service's mount, short ({@code source:target[:mode]}) or long syntax. */
  static boolean mount(List<String> path) {
    return matches("services.*.volumes.[]", path);
  }

  /**
   * An {@code env_file} or a secret's or config's {@code file} as the artifact must write it. The CLI
   * takes only a path starting with {@code /} as absolute there: {@code ~/x}, {@code C:\x} or
   * {@code http://x} are joined to the file's folder like any other (checked with {@code docker stack config}).
   *
   * @param deployTime whether {@code text} is as written, variables and {@code $$} included, rather than resolved
   */
  String relocate(String text, boolean deployTime) {
    return relocate(text, deployTime, text);
  }

  /**
   * @param here the value as this build resolves it: whether a path that uses a variable is relative
   *     is known only from its value ({@code ${DIR:-./secrets}/x} is relative while the variable is
   *     unset, {@code ${HOME}/x} absolute), and the build's environment stands for the deploying shell's
   *     as it does for every other check
   */
  String relocate(String text, boolean deployTime, String here) {
    return absolute(here) ? text : join(text, deployTime);
  }

  /**
   * A bind mount's source, which the CLI takes as absolute also from the home directory ({@code ~})
   * and as a Windows path ({@code C:\data}, {@code \\host\share\dir}).
   */
  String relocateBindSource(String text, boolean deployTime) {
    return relocateBindSource(text, deployTime, text);
  }

  String relocateBindSource(String text, boolean deployTime, String here) {
    return absolute(here) || here.startsWith("~") || windowsAbsolute(here) ? text : join(text, deployTime);
  }

  /** A build context, left alone when it is a URL (a git repository) rather than a folder. */
  String relocateBuildContext(String text, boolean deployTime) {
    return relocateBuildContext(text, deployTime, text);
  }

  String relocateBuildContext(String text, boolean deployTime, String here) {
    return absolute(here) || URL.matcher(here).matches() ? text : join(text, deployTime);
  }

  /**
   * A short-syntax mount with its source moved when it is a relative bind mount: the CLI reads a
   * source starting with {@code .} or {@code \\} as a path (one starting with {@code /}, {@code ~} or
   * a drive letter is absolute, anything else names a volume).
   */
  String relocateMount(String text, boolean deployTime) {
    return relocateMount(text, deployTime, text);
  }

  /**
   * As written, a mount that uses a variable cannot be split at its first {@code :} (which may be a
   * default's, {@code ${DATA:-./data}:/data}), so the way to the input goes before the whole text,
   * where it is the source's start all the same.
   */
  String relocateMount(String text, boolean deployTime, String here) {
    int colon = here.indexOf(':');
    if (colon <= 0 || !(here.startsWith(".") || here.startsWith("\\\\")) || toInput.equals(".")) {
      return text;
    }
    if (deployTime) {
      return join(text, true);
    }
    return relocateBindSource(text.substring(0, colon), false) + text.substring(colon);
  }

  /** Unchanged in every case: the same folder, or an absolute path. */
  private boolean absolute(String here) {
    return toInput.equals(".") || here.isEmpty() || here.startsWith("/");
  }

  private String join(String text, boolean deployTime) {
    if (deployTime) {
      // a variable inside the path may hold "..": joined as written, for the CLI to clean once it is known
      return dotted(toInput.replace("$", "$$") + "/" + text);
    }
    return dotted(clean(toInput + "/" + text));
  }

  /** As Go's {@code filepath.IsAbs} on Windows: a drive and a separator, or {@code \\host\share} and a separator. */
  static boolean windowsAbsolute(String text) {
    if (text.length() >= 3 && Character.isLetter(text.charAt(0)) && text.charAt(1) == ':' && slash(text.charAt(2))) {
      return true;
    }
    if (!text.startsWith("\\\\")) {
      return false;
    }
    int host = next(text, 2);
    int share = host < 0 ? -1 : next(text, host + 1);
    return host > 2 && share > host + 1;
  }

  private static int next(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (slash(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean slash(char c) {
    return c == '/' || c == '\\';
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
