package io.github.ucpkit.ucp.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No regular expression the plugin applies to input can recurse or backtrack super-linearly. Every
 * one of them ({@link RegexInventory} finds them, so a new one is tested without being listed) gets
 * 100 KB inputs pumped from the strings it matches (a prefix, one part of a match repeated, the
 * rest, and a character that makes the match fail at the very end) and from each of its characters
 * repeated. Java's engine recurses once per iteration of a non-possessive group, so
 * a stack overflow shows the first kind of problem; the second is measured by counting, not timing:
 * the input is a {@link CharSequence} that counts the characters the engine reads, and a whole
 * match, or (for a regex the plugin searches text with) a whole pass of find() as replaceAll does
 * it, may read each character at most {@value #READS_PER_CHAR} times.
 */
class RegexSafetyTest {

  static final int LENGTH = 100_000;
  static final int READS_PER_CHAR = 40;
  static final long STACK_BYTES = 256 * 1024;

  @Test
  void everyRegexAppliedToTextIsAConstantThatThisTestCanCheck() throws Exception {
    RegexInventory.Found found = RegexInventory.find();
    assertEquals(List.of(), found.unknown(), "calls whose regex is built at run time; make it a constant Pattern");
    assertTrue(found.regexes().size() > 50, "the inventory found only " + found.regexes().size() + " regexes");
  }

  @TestFactory
  Stream<DynamicTest> everyRegexStaysLinearOnHundredKilobyteInputs() throws Exception {
    // one test per distinct regex and use, named after every place that uses it
    Map<List<Object>, List<RegexInventory.Regex>> distinct = new LinkedHashMap<>();
    for (RegexInventory.Regex r : RegexInventory.find().regexes()) {
      distinct.computeIfAbsent(List.of(r.source(), r.flags(), r.searched()), k -> new ArrayList<>()).add(r);
    }
    return distinct.values().stream().map(rs -> DynamicTest.dynamicTest(
        "/" + rs.get(0).source() + "/" + (rs.get(0).searched() ? " searched" : " matched") + " in "
            + rs.stream().map(r -> r.where().replaceAll("^.*? class ([\\w.$]+).*$", "$1")).distinct().collect(Collectors.joining(", ")),
        () -> onSmallStack(() -> check(rs.get(0)))));
  }

  /**
   * How deep a recursion may go depends on the thread's stack, which differs between machines and
   * between the main and pool threads of one JVM; a fixed, modest stack makes a pass here a pass
   * everywhere.
   */
  private static void onSmallStack(Runnable check) throws Throwable {
    Throwable[] thrown = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        check.run();
      } catch (Throwable e) {
        thrown[0] = e;
      }
    }, "regex-check", STACK_BYTES);
    t.start();
    t.join();
    if (thrown[0] != null) {
      throw thrown[0];
    }
  }

  private static void check(RegexInventory.Regex r) {
    Pattern p = Pattern.compile(r.source(), r.flags());
    for (String input : inputs(p)) {
      Counted text = new Counted(input, (long) READS_PER_CHAR * input.length() + 1_000);
      try {
        p.matcher(text).matches();
        bound(r, input, text, "matches()");
        if (r.searched()) {
          Matcher m = p.matcher(text);
          while (m.find()) {
            if (m.end() == m.start() && m.end() == input.length()) {
              break;
            }
          }
          bound(r, input, text, "find()");
        }
      } catch (StackOverflowError e) {
        fail("/" + r.source() + "/ overflows the stack on " + describe(input));
      } catch (Counted.TooMany e) {
        fail("/" + r.source() + "/ reads more than " + READS_PER_CHAR + " characters per character of " + describe(input));
      }
    }
  }

  private static void bound(RegexInventory.Regex r, String input, Counted text, String how) {
    long reads = text.reads;
    text.reads = 0;
    if (reads > (long) READS_PER_CHAR * input.length() + 1_000) {
      fail("/" + r.source() + "/ " + how + " read " + reads + " characters of " + describe(input)
          + ": over " + READS_PER_CHAR + " per character");
    }
  }

  private static String describe(String input) {
    return input.length() + " characters starting " + input.substring(0, Math.min(12, input.length())).replace("\n", "\\n")
        + " and ending " + input.substring(Math.max(0, input.length() - 6)).replace("\n", "\\n");
  }

  /** Pumped matches and repeated characters, each about {@link #LENGTH} long. */
  static List<String> inputs(Pattern p) {
    List<Character> alphabet = alphabet(p.pattern());
    Set<String> out = new LinkedHashSet<>();
    for (char c : alphabet.subList(0, Math.min(12, alphabet.size()))) {
      out.add(String.valueOf(c).repeat(LENGTH) + "!");
    }
    for (String sample : samples(p, alphabet)) {
      for (int i = 0; i < sample.length(); i++) {
        for (int j = i + 1; j <= sample.length(); j++) {
          String pumped = sample.substring(0, i) + sample.substring(i, j).repeat(LENGTH / (j - i)) + sample.substring(j);
          out.add(pumped + "!");
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** Up to six of the longest short strings over the alphabet that the pattern matches whole. */
  private static List<String> samples(Pattern p, List<Character> alphabet) {
    int maxLength = Math.pow(alphabet.size(), 4) <= 200_000 ? 4 : 3;
    List<String> all = new ArrayList<>();
    List<String> level = List.of("");
    for (int length = 1; length <= maxLength; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : level) {
        for (char c : alphabet) {
          String s = prefix + c;
          next.add(s);
          if (p.matcher(s).matches()) {
            all.add(s);
          }
        }
      }
      level = next;
    }
    List<String> chosen = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && chosen.size() < 6; i -= Math.max(1, all.size() / 6)) {
      chosen.add(all.get(i));
    }
    return chosen;
  }

  /** The characters a pattern is written with (escapes and classes stand for a member), and '!' and a space. */
  static List<Character> alphabet(String source) {
    Set<Character> out = new LinkedHashSet<>();
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\' && i + 1 < source.length()) {
        char n = source.charAt(++i);
        switch (n) {
          case 'd' -> out.add('0');
          case 's' -> out.add(' ');
          case 'w' -> out.add('a');
          case 'b', 'B', 'A', 'z', 'Z', 'G', 'Q', 'E' -> { }
          case 'n' -> out.add('\n');
          case 't' -> out.add('\t');
          default -> out.add(n);
        }
      } else if ("()[]{}|?*+^$".indexOf(c) < 0) {
        out.add(c == '.' ? 'a' : c);
      }
    }
    out.add('!');
    out.add(' ');
    List<Character> list = new ArrayList<>(out);
    return list.size() <= 24 ? list : list.subList(0, 24);
  }

  /** Counts the characters the regex engine reads. */
  static final class Counted implements CharSequence {
    /** Stops a match that has read too much already: a quadratic one would run for minutes. */
    static final class TooMany extends RuntimeException {
      private static final long serialVersionUID = 1L;

      TooMany() {
        super(null, null, false, false);
      }
    }

    private final String text;
    private final long limit;
    long reads;

    Counted(String text, long limit) {
      this.text = text;
      this.limit = limit;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if (++reads > limit) {
        throw new TooMany();
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      reads += end - start;
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      reads += text.length();
      return text;
    }
  }
}
