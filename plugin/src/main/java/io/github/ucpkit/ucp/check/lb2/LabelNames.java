package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.model.compose.Interlock2;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "did you mean" for an unknown {@code com.docker.lb.*} name: names people reach for from other
 * proxies, then the documented name nearest by edit distance. Kept behind one method so the shared
 * suggestion helper ({@code check/Suggest}) can replace {@link #nearest} without touching the rule.
 */
final class LabelNames {

  private LabelNames() {}

  /** Names from Interlock 1.x and elsewhere that mean a documented label. */
  private static final Map<String, String> MEANT = Map.of(
      "host", "hosts", "hostname", "hosts", "domain", "hosts", "alias_domain", "hosts", "server_name", "hosts",
      "ssl_certificate", "ssl_cert", "ssl_cert_key", "ssl_key", "ssl_certificate_key", "ssl_key",
      "sticky_session", "sticky_session_cookie", "sticky_sessions", "sticky_session_cookie");

  private static final List<String> KNOWN = Arrays.stream(Interlock2.Key.values()).map(Interlock2.Key::shortName).toList();

  /** The documented name {@code name} (the part after {@code com.docker.lb.}) most likely means. */
  static Optional<String> meant(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (MEANT.containsKey(lower)) {
      return Optional.of(MEANT.get(lower));
    }
    return nearest(name);
  }

  /** The nearest documented name: the same letters ignoring case and separators, or at most a third of it edited. */
  static Optional<String> nearest(String name) {
    if (name.isEmpty() || name.length() > 64) {
      return Optional.empty();
    }
    String squashed = squash(name);
    String best = null;
    int bestEdits = Math.min(3, Math.max(name.length(), 3) / 3) + 1;
    for (String known : KNOWN) {
      if (squash(known).equals(squashed)) {
        return Optional.of(known);
      }
      int d = distance(name.toLowerCase(Locale.ROOT), known);
      if (d < bestEdits) {
        best = known;
        bestEdits = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[-_.]", "");
  }

  /** Optimal string alignment distance (a swap of neighbours is one edit); both strings are at most 64 long. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
