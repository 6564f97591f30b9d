package io.github.ucpkit.ucp.check;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * "did you mean" for a name that refers to nothing: the known name nearest to it, when one is close
 * enough to be a typo. Rules that report an unknown reference (a network, volume, service, label)
 * build one per set of names that could have been meant and ask it for each unknown name.
 *
 * <p>Close enough: the same letters ignoring case and {@code - _ .}, or an optimal-string-alignment
 * distance (insert, delete, replace, swap two neighbours) of at most a third of the name's length
 * (one edit for names of up to five characters, two up to eight, then {@value #MAX_EDITS}), and less
 * than either name's length (so "a" never suggests "b"). Ties go to the fewest edits, then to the
 * first name in sorted order, so the answer never depends on the order names were declared in.
 *
 * <p>Bounded on hostile input: names longer than {@value #MAX_LENGTH} characters are not compared,
 * a comparison stops as soon as it cannot stay within the allowed edits, and one instance spends at
 * most {@value #BUDGET} steps in all (a name looked at, a table cell filled); past that it suggests
 * nothing. A file with thousands of unknown names and thousands of declared ones costs milliseconds,
 * not the product of the two.
 */
public final class Suggest {

  static final int MAX_LENGTH = 64;
  static final int MAX_EDITS = 3;
  static final long BUDGET = 2_000_000;

  /** A known name and how many edits away from the unknown one it is (0: differs only in case or separators). */
  public record Match(String name, int edits) {}

  private record Known(String name, String lower, String squashed) {}

  /** The names, prepared on the first question (most files have nothing unknown), and the steps spent. */
  private static final class Shared {
    private final Collection<String> names;
    private List<Known> known;
    private long spent;

    Shared(Collection<String> names) {
      this.names = names;
    }

    List<Known> known() {
      if (known == null) {
        known = new TreeSet<>(names).stream()
            .filter(n -> !n.isEmpty() && n.length() <= MAX_LENGTH)
            .map(n -> new Known(n, n.toLowerCase(Locale.ROOT), squash(n)))
            .toList();
      }
      return known;
    }
  }

  private final Shared shared;
  private final String excluded;

  private Suggest(Shared shared, String excluded) {
    this.shared = shared;
    this.excluded = excluded;
  }

  /**
   * The names an unknown name may have been meant as. Build one per file (or per set of names), not
   * per service: the budget is per instance.
   */
  public static Suggest among(Collection<String> names) {
    return new Suggest(new Shared(names), null);
  }

  /** The same names and budget, never suggesting {@code name} (a service is not meant to refer to itself). */
  public Suggest excluding(String name) {
    return new Suggest(shared, name);
  }

  /** The known name nearest to {@code name}, when one is close enough. */
  public Optional<String> nearest(String name) {
    return match(name).map(Match::name);
  }

  public Optional<Match> match(String name) {
    if (name.isEmpty() || name.length() > MAX_LENGTH || shared.spent >= BUDGET) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String squashed = squash(name);
    int allowed = Math.min(MAX_EDITS, Math.max(lower.length(), 3) / 3);
    Match best = null;
    for (Known k : shared.known()) {
      if (++shared.spent >= BUDGET) {
        return Optional.empty();
      }
      if (k.name.equals(name) || k.name.equals(excluded)) {
        continue; // never suggest a name to itself
      }
      if (!squashed.isEmpty() && k.squashed.equals(squashed)) {
        return Optional.of(new Match(k.name, 0));
      }
      int limit = best == null ? allowed : Math.min(allowed, best.edits - 1);
      if (limit < 1 || Math.abs(k.lower.length() - lower.length()) > limit) {
        continue;
      }
      int d = distance(lower, k.lower, limit);
      if (d <= limit && d < Math.min(lower.length(), k.lower.length())) {
        best = new Match(k.name, d);
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@code did you mean "backend"? } before {@code hint} when a known name is close to
   * {@code name}, else {@code hint} alone. A name that differs only in case says that names are
   * case-sensitive.
   */
  public String hint(String name, String hint) {
    return hint(name, nearest(name), hint);
  }

  /** {@link #hint(String, String)} for a suggestion found another way (for a name compared without its prefix). */
  public static String hint(String name, Optional<String> meant, String hint) {
    if (meant.isEmpty()) {
      return hint;
    }
    String question = didYouMean(meant.get(), meant.get().equalsIgnoreCase(name));
    return hint.isEmpty() ? question : question + " If not, " + hint;
  }

  /** {@code did you mean "x"?}, with a note that names are case-sensitive when only the case differs. */
  public static String didYouMean(String meant, boolean onlyCase) {
    return "did you mean " + Echo.quote(meant) + "?" + (onlyCase ? " Names are case-sensitive." : "");
  }

  /**
   * Typing mistakes between two words, as {@link #match} counts them (a swap of neighbours is one), for
   * comparing a word with a fixed keyword; words longer than {@link #MAX_LENGTH} count as far apart.
   */
  public static int edits(String a, String b) {
    if (a.length() > MAX_LENGTH || b.length() > MAX_LENGTH) {
      return Integer.MAX_VALUE;
    }
    return among(List.of()).distance(a, b, Math.max(a.length(), b.length()));
  }

  /** Steps spent so far, for tests of the bound. */
  long spent() {
    return shared.spent;
  }

  private static String squash(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '-' && c != '_' && c != '.') {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * Optimal string alignment distance, computed only within {@code limit} of the diagonal; any
   * result above {@code limit} is returned as {@code limit + 1}.
   */
  int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int over = limit + 1;
    int[] twoBack = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = Math.min(j, over);
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(m, i + limit);
      Arrays.fill(cur, over);
      cur[0] = Math.min(i, over);
      int rowMin = cur[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, twoBack[j - 2] + 1);
        }
        cur[j] = Math.min(d, over);
        rowMin = Math.min(rowMin, cur[j]);
      }
      shared.spent += m + 1;
      if (rowMin > limit) {
        return over;
      }
      int[] t = twoBack;
      twoBack = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
