package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/** Rules about the structure docker-compose requires beyond the schema: versions, names, files, limits. */
public final class StructureRules {

  private StructureRules() {}

  public static List<Rule> all() {
    return List.of(
        new KeyNewerThanVersion(),
        new StackForbiddenKey(),
        new NonStringName(),
        new ExternalWithSettings(),
        new AliasOnUndeclaredNetwork(),
        new NetworkModeWithNetworks(),
        new SubnetNotCidr(),
        new InvalidVolumeSpec(),
        new DuplicateMountTarget(),
        new ScaleAndReplicas());
  }
}
