package io.github.ucpkit.ucp.model.compose;

import java.util.Locale;
import java.util.Optional;

/**
 * How the Compose files of a run are meant to be deployed, as the {@code deployWith} parameter says:
 * with one tool for every file, or {@link #AUTO}, decided per file (see {@code DeployInference}).
 */
public enum DeployWith {
  AUTO,
  COMPOSE,
  STACK;

  /** {@code auto}, {@code compose} or {@code stack}, in any case. */
  public static Optional<DeployWith> parse(String text) {
    for (DeployWith d : values()) {
      if (d.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
