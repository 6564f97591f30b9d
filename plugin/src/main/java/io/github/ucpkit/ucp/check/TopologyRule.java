package io.github.ucpkit.ucp.check;

/** A rule about the topology spec: {@link Rule.Reach#TOPOLOGY}, so a project without a spec skips it. */
public interface TopologyRule extends Rule {

  @Override
  default Reach reach() {
    return Reach.TOPOLOGY;
  }
}
