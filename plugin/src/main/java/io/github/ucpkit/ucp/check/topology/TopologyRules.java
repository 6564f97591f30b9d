package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/** Rules about the cluster topology spec on its own: quorum, nodes, SANs, addresses. */
public final class TopologyRules {

  private TopologyRules() {}

  public static List<Rule> all() {
    return List.of(
        new EvenControllerCount(),
        new SingleController(),
        new TooManyControllers(),
        new DuplicateNodeName(),
        new DuplicateNodeAddress(),
        new TooFewWorkers(),
        new InvalidNodeName(),
        new MissingControllerSan(),
        new InvalidSan(),
        new InvalidAddress(),
        new VipIsAController(),
        new VipIsANode(),
        new SwarmPortCollision(),
        new LoadBalancerOnController(),
        new InvalidDomainName(),
        new ControllersFqdnOutsideDomain(),
        new DomainTooLongForZone(),
        new NameserverIsTheControllers(),
        new InvalidStaticBackend(),
        new UnusedStaticBackends(),
        new InvalidProxyLimit(),
        new IgnoredInInterlockMode(),
        new EndpointOnEveryInterface(),
        new EndpointPortTaken(),
        new InvalidAdminSocket(),
        new InvalidLogTarget(),
        new MkeSettingOnUcp2(),
        new InternalPortOnLoadBalancer(),
        new SharedLoadBalancerPort(),
        new RegistryNamedAsControllers(),
        new Interlock2OnUcp2(),
        new ProxiesWithoutAddress(),
        new ProxiesAddressTaken(),
        new NoProxyNode(),
        new ProxyPortCollision(),
        new ProxyReplicasBeyondNodes(),
        new Interlock2SettingOutsideMode(),
        new InterlockImagesUnusable(),
        new UnreachableAddress());
  }
}
