package io.github.ucpkit.ucp.model.value;

import java.util.Optional;

/**
 * A pinned image reference, {@code [REGISTRY[:PORT]/]PATH:TAG} or {@code ...@sha256:<64 hex>}, in
 * Docker's reference grammar: path components of lower-case letters and digits joined by {@code .},
 * {@code _}, {@code __} or dashes; a registry (the first component, when it holds a dot or a colon or
 * is {@code localhost}) of host labels with an optional port; a tag of at most 128 word characters,
 * dots and dashes. Nothing else can reach a generated file, so a value never needs escaping. Checked
 * by hand, in one pass, rather than by a pattern.
 */
public record ImageName(String value) {

  /** Docker refuses a repository name of more than 255 characters; tag and digest come on top. */
  public static final int MAX_LENGTH = 255 + 1 + 128 + 72;

  public static Optional<ImageName> parse(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String rest = text;
    boolean pinned = false;
    int at = rest.indexOf('@');
    if (at >= 0) {
      if (!digest(rest.substring(at + 1))) {
        return Optional.empty();
      }
      rest = rest.substring(0, at);
      pinned = true;
    }
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      if (!tag(rest.substring(colon + 1))) {
        return Optional.empty();
      }
      rest = rest.substring(0, colon);
      pinned = true;
    }
    return pinned && rest.length() <= 255 && name(rest) ? Optional.of(new ImageName(text)) : Optional.empty();
  }

  private static boolean name(String name) {
    String[] parts = name.split("/", -1);
    int first = 0;
    if (parts.length > 1 && (parts[0].contains(".") || parts[0].contains(":") || parts[0].equals("localhost"))) {
      if (!registry(parts[0])) {
        return false;
      }
      first = 1;
    }
    for (int i = first; i < parts.length; i++) {
      if (!component(parts[i])) {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-z0-9]+} runs joined by one separator: {@code .}, {@code _}, {@code __} or dashes. */
  private static boolean component(String c) {
    if (c.isEmpty() || !lowerAlnum(c.charAt(0)) || !lowerAlnum(c.charAt(c.length() - 1))) {
      return false;
    }
    for (int i = 1; i < c.length(); i++) {
      char ch = c.charAt(i);
      char prev = c.charAt(i - 1);
      if (lowerAlnum(ch) || (ch == '-' && (lowerAlnum(prev) || prev == '-'))) {
        continue;
      }
      if (ch != '.' && ch != '_') {
        return false;
      }
      boolean doubleUnderscore = ch == '_' && prev == '_' && (i < 2 || lowerAlnum(c.charAt(i - 2)));
      if (!lowerAlnum(prev) && !doubleUnderscore) {
        return false;
      }
    }
    return true;
  }

  private static boolean registry(String r) {
    int colon = r.indexOf(':');
    String host = colon < 0 ? r : r.substring(0, colon);
    if (colon >= 0) {
      String port = r.substring(colon + 1);
      if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        return false;
      }
    }
    for (String label : host.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")
          || !label.chars().allMatch(ch -> Character.isLetterOrDigit(ch) && ch < 128 || ch == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean tag(String t) {
    if (t.isEmpty() || t.length() > 128 || t.charAt(0) == '.' || t.charAt(0) == '-') {
      return false;
    }
    return t.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '-'));
  }

  private static boolean digest(String d) {
    return d.length() == 71 && d.startsWith("sha256:")
        && d.substring(7).chars().allMatch(ch -> (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'));
  }

  private static boolean lowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  @Override
  public String toString() {
    return value;
  }
}
