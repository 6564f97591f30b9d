package io.github.ucpkit.ucp.model.yaml;

import io.github.ucpkit.ucp.diag.Location;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A scalar: its source text, the type YAML 1.1 resolves it to, and whether it was written plain
 * (unquoted), which is when YAML 1.1 and a reader's intuition can disagree.
 */
public record YScalar(String text, ScalarType type, boolean plain, Location at) implements YNode {

  public YScalar {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
  }

  public static YScalar string(String text, Location at) {
    return new YScalar(text, ScalarType.STR, false, at);
  }

  public boolean isString() {
    return type == ScalarType.STR;
  }

  public boolean isNull() {
    return type == ScalarType.NULL;
  }

  /** The integer value of an {@link ScalarType#INT} scalar, read with YAML 1.1's rules. */
  public BigInteger integer() {
    if (type != ScalarType.INT) {
      throw new IllegalStateException("not an integer: " + text);
    }
    return Yaml11.parseInt(text);
  }

  /** The boolean value of a {@link ScalarType#BOOL} scalar. */
  public boolean bool() {
    if (type != ScalarType.BOOL) {
      throw new IllegalStateException("not a boolean: " + text);
    }
    return Yaml11.parseBool(text);
  }

  /**
   * The value as Python's {@code str()} would print it after PyYAML loaded it: {@code True} for
   * {@code yes}, {@code 1342} for {@code 22:22}. This is what docker-compose puts in a label.
   */
  public String pythonText() {
    return switch (type) {
      case STR, TIMESTAMP -> text;
      case NULL -> "None";
      case BOOL -> bool() ? "True" : "False";
      case INT -> integer().toString();
      case FLOAT -> Yaml11.pythonFloat(text);
    };
  }

  /** The text with a string's own value, and other types as Python prints them. */
  public String value() {
    return type == ScalarType.STR ? text : pythonText();
  }

  @Override
  public String describe() {
    return type.description();
  }

  /** A copy with new text and type at the same place, for interpolation and type conversion. */
  public YScalar with(String newText, ScalarType newType) {
    return new YScalar(newText, newType, plain, at);
  }
}
