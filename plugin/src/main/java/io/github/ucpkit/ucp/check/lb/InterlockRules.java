package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/**
 * Rules about Interlock labels, the input of the external load balancer's configuration. Every
 * {@code interlock.*} label is either checked by one of them or reported as unknown (LB-LABEL-001);
 * LB-VAL-001 screens every value for characters that could change a config's structure, and the
 * others skip values it reports.
 */
public final class InterlockRules {

  private InterlockRules() {}

  public static List<Rule> all() {
    return List.of(
        new IncompleteInterlockName(),
        new DuplicateInterlockFqdn(),
        new InvalidInterlockName(),
        new AmbiguousInterlockPort(),
        new InterlockNetworkNotJoined(),
        new NonBooleanInterlockFlag(),
        new InvalidWebsocketEndpoint(),
        new WebsocketEndpointIsRoot(),
        new UnsafeLabelValue(),
        new InvalidInterlockOption(),
        new UnknownInterlockLabel(),
        new InvalidDockerName());
  }
}
