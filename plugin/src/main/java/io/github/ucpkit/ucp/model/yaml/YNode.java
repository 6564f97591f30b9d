package io.github.ucpkit.ucp.model.yaml;

import io.github.ucpkit.ucp.diag.Location;

/**
 * A YAML node as docker-compose's PyYAML sees it (YAML 1.1), with the position it came from. The
 * tree is immutable; an alias shares the anchored node, so a finding inside aliased content points
 * at the anchor.
 */
public sealed interface YNode permits YMap, YSeq, YScalar {

  Location at();

  /** What a user would call this kind of node in a message: "a mapping", "a string", ... */
  String describe();
}
