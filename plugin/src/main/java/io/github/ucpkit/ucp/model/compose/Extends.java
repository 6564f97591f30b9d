package io.github.ucpkit.ucp.model.compose;

import io.github.ucpkit.ucp.diag.Location;
import java.util.Optional;

/** {@code extends}: a service to inherit from, in this file or another. */
public record Extends(String service, Optional<String> file, Location at) {}
