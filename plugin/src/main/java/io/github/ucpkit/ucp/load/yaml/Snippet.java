package io.github.ucpkit.ucp.load.yaml;

/** A value quoted in a message: whole when short, its start and length when not, so a finding stays one line. */
final class Snippet {

  private static final int LIMIT = 40;

  private Snippet() {}

  static String of(String text) {
    if (text.length() <= LIMIT) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(LIMIT - 1)) ? LIMIT - 1 : LIMIT;
    return text.substring(0, end) + "... (" + text.length() + " characters)";
  }
}
