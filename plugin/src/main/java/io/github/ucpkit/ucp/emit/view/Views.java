package io.github.ucpkit.ucp.emit.view;

import java.util.Optional;

/** Shared by the view builders: they run only after validation passed. */
final class Views {

  private Views() {}

  static <T> T valid(Optional<T> value, String what) {
    return value.orElseThrow(() -> new IllegalStateException("validation let an invalid " + what + " through"));
  }
}
