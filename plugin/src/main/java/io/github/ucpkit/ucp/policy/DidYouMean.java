package io.github.ucpkit.ucp.policy;

import java.util.Collection;
import java.util.Optional;

/** The closest known name to a mistyped one, when it is close enough to be what was meant. */
final class DidYouMean {

  /** Longer input is cut: the distance is quadratic in length, and no rule id is this long. */
  private static final int MAX = 64;

  private DidYouMean() {}

  static Optional<String> nearest(String typed, Collection<String> known) {
    String a = typed.length() > MAX ? typed.substring(0, MAX) : typed;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(a, candidate.length() > MAX ? candidate.substring(0, MAX) : candidate);
      if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, a.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /** " (did you mean X?)", or nothing. */
  static String hint(String typed, Collection<String> known) {
    return nearest(typed, known).map(n -> " (did you mean " + n + "?)").orElse("");
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
