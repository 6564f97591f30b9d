package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/**
 * Rules about what one service needs beyond the schema: extends and dependency chains, files on the
 * host, and the settings docker-compose validates itself (healthcheck, ulimits, cpus, environment).
 */
public final class ServiceRules {

  private ServiceRules() {}

  public static List<Rule> all() {
    return List.of(
        new ExtendsTargetMissing(),
        new DependencyCycle(),
        new MissingEnvFile(),
        new MissingBuildContext(),
        new UppercaseNameWithoutImage(),
        new InvalidHealthcheck(),
        new SoftLimitAboveHard(),
        new CpusTooPrecise(),
        new EnvironmentNameWithWhitespace());
  }
}
