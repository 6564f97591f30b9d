package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/**
 * Swarm-mode rules: what {@code docker stack deploy} does with a file once its loader has accepted
 * it — keys it ignores, values its converter or the swarm refuses, placement the scheduler cannot
 * satisfy, secrets and configs, networks, long-syntax ports and volumes. Each applies only to files
 * read for the stack deployer ({@code ComposeFile.forStack()}); the behaviour is docker CLI 28.2's.
 */
public final class StackRules {

  private StackRules() {}

  public static List<Rule> all() {
    return List.of(
        new KeyStackDeployIgnores(),
        new UnknownDeployValue(),
        new ReplicasWithGlobalMode(),
        new ReplicasBeyondNodes(),
        new InvalidPlacementConstraint(),
        new UnsatisfiablePlacementConstraint(),
        new IgnoredPlacementPreference(),
        new UndeclaredSecretOrConfig(),
        new UnreadableSecretFile(),
        new SecretFileWithDriver(),
        new UnusedSecretOrConfig(),
        new NodeLocalStackNetwork(),
        new MultiNodeServiceOnBridge(),
        new AttachableWithoutEffect(),
        new IngressPortWithDnsrr(),
        new UnknownPortSetting(),
        new MountOptionsMismatch());
  }
}
