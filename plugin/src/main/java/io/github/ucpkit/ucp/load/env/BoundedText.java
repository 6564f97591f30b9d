package io.github.ucpkit.ucp.load.env;

/**
 * A string builder with a ceiling: substitution that repeats a variable's value (or a {@code .env}
 * value that doubles itself line after line) stops at the limit instead of filling the heap first.
 */
final class BoundedText {

  /** Thrown, without a stack trace, when an append would pass the limit. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super(null, null, false, false);
    }
  }

  private final long limit;
  private final StringBuilder text;

  BoundedText(long limit, int expected) {
    this.limit = limit;
    this.text = new StringBuilder((int) Math.min(expected, limit));
  }

  BoundedText append(CharSequence s) {
    return append(s, 0, s.length());
  }

  BoundedText append(CharSequence s, int start, int end) {
    room(end - start);
    text.append(s, start, end);
    return this;
  }

  BoundedText append(char c) {
    room(1);
    text.append(c);
    return this;
  }

  int length() {
    return text.length();
  }

  private void room(int more) {
    if (text.length() + (long) more > limit) {
      throw new Full();
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
