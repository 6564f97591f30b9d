package io.github.ucpkit.ucp.model;

import io.github.ucpkit.ucp.diag.Location;
import java.util.Objects;

/** A value and where it was written, for the values findings point at. */
public record Located<T>(T value, Location at) {

  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(at, "at");
  }
}
