package io.github.ucpkit.ucp.check.stack;

import java.util.Collection;
import java.util.Optional;

/** Which known name a misspelt one was probably meant to be, for the hints of the swarm-mode rules. */
final class Spelling {

  /** Names longer than this are not compared: a hint is not worth quadratic work on a hostile value. */
  private static final int LONGEST = 64;

  private Spelling() {}

  /** The candidate at most two edits (one for short names) away, ignoring case; the first such in order. */
  static Optional<String> closest(String name, Collection<String> candidates) {
    if (name.length() > LONGEST) {
      return Optional.empty();
    }
    int allowed = name.length() <= 4 ? 1 : 2;
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    for (String candidate : candidates) {
      if (!candidate.equals(name) && candidate.length() <= LONGEST
          && distance(lower, candidate.toLowerCase(java.util.Locale.ROOT)) <= allowed) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
