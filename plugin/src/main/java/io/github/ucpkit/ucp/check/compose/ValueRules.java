package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/** Rules about values: ports, DNS names, container names, images, YAML 1.1 readings. */
public final class ValueRules {

  private ValueRules() {}

  public static List<Rule> all() {
    return List.of(
        new InvalidPortSpec(),
        new PortOutOfRange(),
        new HostPortPublishedTwice(),
        new DuplicateContainerName(),
        new ContainerNameWithScale(),
        new UnpinnedImage(),
        new InvalidDnsName(),
        new Yaml11Surprise(),
        new SecretLiteral());
  }
}
