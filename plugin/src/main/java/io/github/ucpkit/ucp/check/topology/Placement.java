package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Controller;
import io.github.ucpkit.ucp.model.topology.Topology.Node;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.Optional;

/**
 * Which machine an entry of the spec stands for. A load-balancer node listed with a controller's
 * name or address is that controller doing double duty (a warning of its own), not a duplicate.
 */
final class Placement {

  private Placement() {}

  static boolean isController(Topology t, Node n) {
    Optional<IpAddress> address = IpAddress.parse(n.address().value());
    // the address is what makes it the same machine; a shared name alone is a naming mistake
    for (Controller c : t.controllers().nodes()) {
      if (address.isPresent() && address.equals(IpAddress.parse(c.address().value()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two name or address entries belong to a controller and to a load-balancer node that is that controller. */
  static boolean sameMachine(Topology t, Located<String> a, Located<String> b) {
    Optional<Node> nodeA = node(t, a);
    Optional<Node> nodeB = node(t, b);
    Optional<Node> lbNode = nodeA.isPresent() && nodeB.isEmpty() ? nodeA : nodeB.isPresent() && nodeA.isEmpty() ? nodeB : Optional.empty();
    return lbNode.filter(Node::loadBalancer).filter(n -> isController(t, n)).isPresent();
  }

  private static Optional<Node> node(Topology t, Located<String> entry) {
    return t.nodes().stream()
        .filter(n -> n.name().at().equals(entry.at()) || n.address().at().equals(entry.at()))
        .findFirst();
  }

}
