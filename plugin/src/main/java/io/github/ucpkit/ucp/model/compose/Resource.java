package io.github.ucpkit.ucp.model.compose;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.yaml.YMap;
import java.util.Optional;

/**
 * A top-level network or volume. {@code definition} is empty when it is declared with no settings
 * ({@code voteapp:}).
 *
 * @param externalName the engine-side name when external ({@code external: {name: x}}, or the key)
 * @param explicitName a {@code name:} setting, which replaces docker-compose's {@code <project>_<key>}
 */
public record Resource(
    String name,
    Location at,
    Optional<YMap> definition,
    boolean external,
    Optional<String> externalName,
    Optional<String> explicitName) {}
