package io.github.ucpkit.ucp.load;

import io.github.ucpkit.ucp.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/** What loading one file gave: the model, when the file could be read at all, and what loading found. */
public record Loaded<T>(Optional<T> value, List<Diagnostic> diagnostics) {

  public Loaded {
    diagnostics = List.copyOf(diagnostics);
  }
}
