package io.github.ucpkit.ucp.emit.view;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads back a zone file this plugin wrote: its SOA serial, and what it says apart from the serial
 * and the comments. Comments and spacing may change with the plugin's templates; the records,
 * TTLs and SOA timers are the zone's content, and only they decide whether the serial moves.
 */
public final class ZoneText {

  private ZoneText() {}

  /** The serial, when the text has an SOA record written the way ours are. */
  public static OptionalLong serial(String zone) {
    List<String> tokens = tokens(zone);
    int at = serialIndex(tokens);
    if (at < 0) {
      return OptionalLong.empty();
    }
    String s = tokens.get(at);
    if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    long value = Long.parseLong(s);
    return value <= 0xffffffffL ? OptionalLong.of(value) : OptionalLong.empty();
  }

  /** Whether two zone texts say the same apart from their serials and comments. */
  public static boolean sameContent(String a, String b) {
    return withoutSerial(a).equals(withoutSerial(b));
  }

  private static List<String> withoutSerial(String zone) {
    List<String> tokens = tokens(zone);
    int at = serialIndex(tokens);
    if (at >= 0) {
      tokens.set(at, "<serial>");
    }
    return tokens;
  }

  /**
   * The serial is the third field after {@code SOA} (after the primary name server and the
   * contact), a parenthesis for line continuation not counted: {@code @ IN SOA ns. host. ( 5 ...)}
   * and {@code @ IN SOA ns. host. 5 ...} alike.
   */
  private static int serialIndex(List<String> tokens) {
    int soa = tokens.indexOf("SOA");
    int fields = 0;
    for (int i = soa + 1; soa >= 0 && i < tokens.size(); i++) {
      if (tokens.get(i).equals("(")) {
        continue;
      }
      if (++fields == 3) {
        return i;
      }
    }
    return -1;
  }

  /** Whitespace-separated fields, comments ({@code ;} to the end of the line) dropped; {@code (} stands alone. */
  private static List<String> tokens(String zone) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean comment = false;
    for (int i = 0; i < zone.length(); i++) {
      char c = zone.charAt(i);
      if (c == '\n') {
        comment = false;
      }
      if (comment) {
        continue;
      }
      if (c == ';' || c == '(' || c == ')' || Character.isWhitespace(c)) {
        if (field.length() > 0) {
          out.add(field.toString());
          field.setLength(0);
        }
        if (c == '(' || c == ')') {
          out.add(String.valueOf(c));
        }
        comment = c == ';';
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0) {
      out.add(field.toString());
    }
    return out;
  }
}
