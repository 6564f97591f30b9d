package io.github.ucpkit.ucp.model.route;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A label value read into its type, or why it cannot be: exactly one of the two is set. The reason
 * completes a sentence about the value ("... is \"80a\", which is not a port number (1-65535)"),
 * so a rule can quote it as it stands.
 */
public record Parsed<T>(T value, String problem) {

  public Parsed {
    if ((value == null) == (problem == null)) {
      throw new IllegalArgumentException("a parse has a value or a problem, not both or neither");
    }
  }

  public static <T> Parsed<T> ok(T value) {
    return new Parsed<>(Objects.requireNonNull(value), null);
  }

  public static <T> Parsed<T> fail(String problem) {
    return new Parsed<>(null, Objects.requireNonNull(problem));
  }

  public boolean ok() {
    return value != null;
  }

  public Optional<T> get() {
    return Optional.ofNullable(value);
  }

  public Optional<String> why() {
    return Optional.ofNullable(problem);
  }

  public <U> Parsed<U> map(Function<T, U> f) {
    return ok() ? ok(f.apply(value)) : fail(problem);
  }
}
