package io.github.ucpkit.ucp.load.env;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a {@code .env} file the way docker-compose 1.29.2 does through python-dotenv 0.21
 * ({@code dotenv_values} with interpolation on).
 *
 * <p>Behaviour worth knowing, all checked against python-dotenv 0.21.0:
 *
 * <ul>
 *   <li>Statements are {@code [export ]KEY[=VALUE]} with optional {@code # comment}; a key may be
 *       single-quoted. Blank and comment lines are skipped.
 *   <li>Unquoted values lose a {@code #} comment only when whitespace precedes the {@code #}, and
 *       lose trailing whitespace.
 *   <li>Single-quoted values decode only {@code \\} and {@code \'}; double-quoted values decode
 *       {@code \\ \' \" \a \b \f \n \r \t \v} and keep every other backslash. Both may span lines.
 *   <li>{@code ${NAME}} and {@code ${NAME:-default}} are expanded in every value, single-quoted ones
 *       included; {@code $NAME} is not. Earlier entries of the file win over the process
 *       environment here, and the default applies only when the name is unset.
 *   <li>A statement that does not parse is skipped from the point of failure to the end of that
 *       line; python-dotenv only warns about it.
 * </ul>
 */
public final class DotEnv {

  /** Problems listed per file: a megabyte of bad lines would otherwise be half a million warnings. */
  static final int MAX_PROBLEMS = 100;

  private DotEnv() {}

  /** One {@code KEY=VALUE} statement; value is null for a bare {@code KEY}. */
  public record Entry(String key, String value, int line) {
    public Entry {
      Objects.requireNonNull(key, "key");
    }
  }

  /** A statement that python-dotenv would skip with a warning; line counts from 1. */
  public record Problem(int line, String message) {
    public Problem {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * @param overLimit where the values together grew past the character limit {@link #parse(String,
   *     Function, long)} was given; reading stopped there and the file must not be used
   */
  public record Parsed(List<Entry> entries, List<Problem> problems, Optional<Problem> overLimit) {
    public Parsed {
      entries = List.copyOf(entries);
      problems = List.copyOf(problems);
      Objects.requireNonNull(overLimit, "overLimit");
    }

    public Parsed(List<Entry> entries, List<Problem> problems) {
      this(entries, problems, Optional.empty());
    }

    /**
     * Later entries win but keep the position of the first one with that key, like a Python dict.
     * Values may be null, which is why this is not {@code Map.copyOf}.
     */
    public Map<String, String> asMap() {
      Map<String, String> map = new LinkedHashMap<>();
      for (Entry entry : entries) {
        map.put(entry.key(), entry.value());
      }
      return Collections.unmodifiableMap(map);
    }
  }

  /**
   * @param content the file's text; a leading byte order mark is dropped because docker-compose
   *     reads the file as utf-8-sig
   * @param environment the process environment, consulted for {@code ${NAME}} after the entries
   *     already read
   */
  public static Parsed parse(String content, Function<String, Optional<String>> environment) {
    return parse(content, environment, EnvLimits.DEFAULT.maxDotEnvChars());
  }

  /**
   * Like {@link #parse(String, Function)}, but stops when the values read so far, after expansion,
   * hold more than {@code maxChars} characters together ({@code A1=${A0}${A0}} doubles per line).
   */
  public static Parsed parse(String content, Function<String, Optional<String>> environment, long maxChars) {
    Objects.requireNonNull(environment, "environment");
    long room = maxChars;
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    // python reads the file in text mode: \r\n and a lone \r are line ends, as in a CRLF checkout
    text = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    DotEnvCursor cursor = new DotEnvCursor(text);
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    // Keys seen so far, including bare keys mapped to null: a bare key hides the process
    // environment from later ${KEY} references and expands to "" (python-dotenv does the same).
    Map<String, String> earlier = new HashMap<>();
    while (true) {
      cursor.skipWhitespace();
      if (cursor.atEnd()) {
        break;
      }
      int line = cursor.line();
      try {
        Statement statement = statement(cursor);
        if (statement != null) {
          String value;
          try {
            value = statement.value() == null ? null : expand(statement.value(), earlier, environment, room);
          } catch (BoundedText.Full full) {
            Problem over = new Problem(line, "the values of the .env file expand to more than " + maxChars
                + " characters at the value of '" + statement.key() + "'");
            return new Parsed(entries, problems, Optional.of(over));
          }
          room -= value == null ? 0 : value.length();
          earlier.put(statement.key(), value);
          entries.add(new Entry(statement.key(), value, line));
        }
      } catch (DotEnvCursor.Unparsable e) {
        if (problems.size() < MAX_PROBLEMS) {
          problems.add(new Problem(line, e.getMessage() + "; docker-compose skips this statement"));
        } else if (problems.size() == MAX_PROBLEMS) {
          problems.add(new Problem(line, "more statements cannot be parsed; only the first " + MAX_PROBLEMS + " are listed"));
        }
        cursor.skipRestOfLine();
      }
    }
    return new Parsed(entries, problems);
  }

  private record Statement(String key, String value) {}

  /** Reads one statement; null for a comment line. */
  private static Statement statement(DotEnvCursor cursor) throws DotEnvCursor.Unparsable {
    cursor.skipExport();
    String key = key(cursor);
    if (key == null) {
      cursor.skipComment();
      cursor.expectEndOfLine("a comment");
      return null;
    }
    cursor.skipInlineWhitespace();
    String value = null;
    if (cursor.peek() == '=') {
      cursor.advance(1);
      cursor.skipInlineWhitespace();
      value = value(cursor);
    }
    cursor.skipComment();
    cursor.expectEndOfLine(
        value == null ? "key '" + key + "' (expected '=')" : "the value of '" + key + "'");
    return new Statement(key, value);
  }

  private static String key(DotEnvCursor cursor) throws DotEnvCursor.Unparsable {
    int c = cursor.peek();
    if (c == '#') {
      return null;
    }
    if (c == '\'') {
      int close = cursor.indexOf('\'', cursor.at() + 1);
      if (close <= cursor.at() + 1) {
        throw new DotEnvCursor.Unparsable(
            close < 0 ? "quoted key is not closed with '" : "quoted key is empty");
      }
      String key = cursor.slice(cursor.at() + 1, close);
      cursor.moveTo(close + 1);
      return key;
    }
    int start = cursor.at();
    int end = start;
    while (end < cursor.length() && isKeyChar(cursor.charAt(end))) {
      end++;
    }
    if (end == start) {
      throw new DotEnvCursor.Unparsable(c == '=' ? "no key before '='" : "expected a key");
    }
    cursor.moveTo(end);
    return cursor.slice(start, end);
  }

  private static boolean isKeyChar(char c) {
    return c != '=' && c != '#' && !DotEnvCursor.isSpace(c);
  }

  private static String value(DotEnvCursor cursor) throws DotEnvCursor.Unparsable {
    int c = cursor.peek();
    if (c == '\'' || c == '"') {
      char quote = (char) c;
      int close = closingQuote(cursor, quote);
      if (close < 0) {
        throw new DotEnvCursor.Unparsable(
            (quote == '"' ? "double" : "single") + "-quoted value is not closed");
      }
      String raw = cursor.slice(cursor.at() + 1, close);
      cursor.moveTo(close + 1);
      return quote == '"' ? unescape(raw, "\\'\"abfnrtv") : unescape(raw, "\\'");
    }
    if (c == -1 || c == '\n' || c == '\r') {
      return "";
    }
    int start = cursor.at();
    int end = cursor.endOfLine();
    cursor.moveTo(end);
    return unquoted(cursor.slice(start, end));
  }

  /**
   * python-dotenv matches {@code "(\\"|[^"])*"} greedily, so the value ends at the first quote not
   * preceded by a backslash; when every later quote is preceded by one, backtracking ends it at the
   * last of them. The search runs across lines, which is how multi-line values work.
   */
  private static int closingQuote(DotEnvCursor cursor, char quote) {
    int last = -1;
    for (int i = cursor.at() + 1; i < cursor.length(); i++) {
      if (cursor.charAt(i) == quote) {
        if (cursor.charAt(i - 1) != '\\') {
          return i;
        }
        last = i;
      }
    }
    return last;
  }

  /** Cuts an inline comment (only after whitespace, so {@code a#b} stays) and trailing space. */
  private static String unquoted(String raw) {
    int end = raw.length();
    for (int i = 1; i < raw.length(); i++) {
      if (raw.charAt(i) == '#' && DotEnvCursor.isSpace(raw.charAt(i - 1))) {
        end = i;
        break;
      }
    }
    while (end > 0 && DotEnvCursor.isSpace(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(0, end);
  }

  /** Decodes a backslash followed by one of {@code escapable}; other backslashes stay as they are. */
  private static String unescape(String raw, String escapable) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() && escapable.indexOf(raw.charAt(i + 1)) >= 0) {
        out.append(decoded(raw.charAt(i + 1)));
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static char decoded(char c) {
    return switch (c) {
      case 'a' -> '\u0007';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'v' -> '\u000B';
      default -> c;
    };
  }

  /**
   * Expands {@code ${NAME}} and {@code ${NAME:-default}}. NAME is anything up to the first closing
   * brace or colon, so {@code ${A-x}} looks up the name "A-x"; a dollar-brace that does not fit
   * either form is kept as text. The default is used only when NAME is unset and is not expanded
   * itself.
   */
  private static String expand(
      String value, Map<String, String> earlier, Function<String, Optional<String>> environment, long room) {
    BoundedText out = new BoundedText(room, value.length());
    int from = 0;
    int search = 0;
    while (true) {
      int start = value.indexOf("${", search);
      if (start < 0) {
        break;
      }
      int nameEnd = start + 2;
      while (nameEnd < value.length()
          && value.charAt(nameEnd) != '}'
          && value.charAt(nameEnd) != ':') {
        nameEnd++;
      }
      String defaultValue = null;
      int close = -1;
      if (nameEnd == value.length()) {
        break; // no '}' or ':' is left, so no later "${" can close either
      }
      if (value.charAt(nameEnd) == '}') {
        close = nameEnd;
      } else if (value.startsWith(":-", nameEnd)) {
        int brace = value.indexOf('}', nameEnd + 2);
        if (brace < 0) {
          break; // no '}' is left for any later "${"
        }
        defaultValue = value.substring(nameEnd + 2, brace);
        close = brace;
      }
      if (close < 0) {
        // every "${" before nameEnd stops at the same ':' and fails the same way; skipping them
        // keeps a line of "${a:${a:${a:..." linear
        search = Math.max(start + 1, nameEnd);
        continue;
      }
      String name = value.substring(start + 2, nameEnd);
      out.append(value, from, start);
      out.append(lookup(name, defaultValue, earlier, environment));
      from = close + 1;
      search = from;
    }
    out.append(value, from, value.length());
    return out.toString();
  }

  private static String lookup(
      String name,
      String defaultValue,
      Map<String, String> earlier,
      Function<String, Optional<String>> environment) {
    if (earlier.containsKey(name)) {
      String value = earlier.get(name);
      return value == null ? "" : value;
    }
    return environment.apply(name).orElse(defaultValue == null ? "" : defaultValue);
  }
}
