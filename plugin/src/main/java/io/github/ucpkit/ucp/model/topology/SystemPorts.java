package io.github.ucpkit.ucp.model.topology;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The TCP ports UCP 2.x and MKE 3 listen on themselves, between nodes (internal) or on one host only
 * (self), from the products' "ports used" tables (reference §4): none of them belongs on a load
 * balancer, and a port the load balancer forwards is a port the machines behind it listen on. Only TCP
 * listeners collide with the load balancer's TCP ports, so UDP-only ports (4789, VXLAN) are not here.
 * The Swarm manager port (2376 by default) is the spec's {@code swarmPort}, which rules treat
 * separately; the controller and Kubernetes API ports are the spec's own.
 */
public final class SystemPorts {

  /** Where a port is open: on every node of the cluster, or on the managers only. */
  public enum Hosts { ALL, MANAGERS }

  /** One reserved port and why. */
  public record Reserved(int port, Hosts hosts, String purpose, Set<Platform> platforms) {}

  private static final Set<Platform> BOTH = EnumSet.allOf(Platform.class);
  private static final Set<Platform> MKE = EnumSet.of(Platform.MKE3);

  private static final List<Reserved> TABLE = List.of(
      new Reserved(179, Hosts.ALL, "BGP between the nodes (Calico)", MKE),
      new Reserved(2377, Hosts.MANAGERS, "Swarm cluster management between the nodes", BOTH),
      new Reserved(6444, Hosts.ALL, "the Kubernetes API reverse proxy, on each host only", MKE),
      new Reserved(7946, Hosts.ALL, "overlay network gossip between the nodes", BOTH),
      new Reserved(9055, Hosts.ALL, "the RethinkDB exporter", MKE),
      new Reserved(9091, Hosts.ALL, "Calico Felix metrics", MKE),
      new Reserved(9094, Hosts.ALL, "an MKE metrics endpoint", MKE),
      new Reserved(9099, Hosts.ALL, "Calico's health check, on each host only", MKE),
      new Reserved(9100, Hosts.ALL, "the node exporter", MKE),
      new Reserved(10248, Hosts.ALL, "the kubelet's health check, on each host only", MKE),
      new Reserved(10250, Hosts.ALL, "the kubelet", MKE),
      new Reserved(12376, Hosts.ALL, "the TLS proxy in front of each node's Docker engine", BOTH),
      new Reserved(12378, Hosts.ALL, "the etcd reverse proxy, on each host only", MKE),
      new Reserved(12379, Hosts.MANAGERS, "etcd's client port (the key-value store's control plane)", BOTH),
      new Reserved(12380, Hosts.MANAGERS, "etcd's peer port", BOTH),
      new Reserved(12381, Hosts.MANAGERS, "the cluster certificate authority", BOTH),
      new Reserved(12382, Hosts.MANAGERS, "the client certificate authority", BOTH),
      new Reserved(12383, Hosts.MANAGERS, "the authentication storage backend", BOTH),
      new Reserved(12384, Hosts.MANAGERS, "the authentication storage backend's replication", BOTH),
      new Reserved(12385, Hosts.MANAGERS, "the authentication service API", BOTH),
      new Reserved(12386, Hosts.MANAGERS, "the authentication worker", BOTH),
      new Reserved(12387, Hosts.MANAGERS, "the metrics service", BOTH),
      new Reserved(12388, Hosts.MANAGERS, "the internal Kubernetes API server", MKE));

  private SystemPorts() {}

  /**
   * The reserved port {@code port} is on {@code platform}'s machines of this kind: {@code managers}
   * true for the controllers, false for worker nodes (where registry replicas run).
   */
  public static Optional<Reserved> find(Platform platform, long port, boolean managers) {
    return TABLE.stream()
        .filter(r -> r.port() == port && r.platforms().contains(platform) && (managers || r.hosts() == Hosts.ALL))
        .findFirst();
  }

  /** The whole table, for the rule's page and its test. */
  public static List<Reserved> all() {
    return TABLE;
  }
}
