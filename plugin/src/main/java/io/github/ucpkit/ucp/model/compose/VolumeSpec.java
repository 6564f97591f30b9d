package io.github.ucpkit.ucp.model.compose;

import io.github.ucpkit.ucp.diag.Location;
import java.util.Optional;

/** One entry of a service's {@code volumes}: a mount, or the reason it is not one. */
public sealed interface VolumeSpec permits VolumeSpec.Mount, VolumeSpec.Invalid {

  Location at();

  enum Kind {
    /** A host path ({@code ./data}, {@code /srv}, {@code ~/x}). */
    BIND,
    /** A named volume, which must be declared under top-level {@code volumes}. */
    NAMED,
    /** An anonymous volume: only a container path. */
    ANONYMOUS,
    TMPFS,
    NPIPE
  }

  /**
   * @param display how docker-compose prints it in messages ({@code data:/data:rw})
   */
  record Mount(Kind kind, Optional<String> source, String target, String display, Location at) implements VolumeSpec {}

  record Invalid(String text, String reason, Location at) implements VolumeSpec {}
}
