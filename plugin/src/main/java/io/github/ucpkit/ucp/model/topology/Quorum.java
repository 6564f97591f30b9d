package io.github.ucpkit.ucp.model.topology;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.Topology.Member;
import java.util.List;

/**
 * Machines behind one VIP that keep a majority among themselves: the controllers (Swarm's Raft and
 * UCP's etcd), or the registry's replicas (RethinkDB, which needs a majority of its replicas). The
 * same high-availability rules hold for both: an odd count of 3, 5 or 7, every member's certificate
 * naming the fqdn clients use, and a VIP that is no machine's own address.
 *
 * @param declared how many members the spec lists, complete or not: an entry the schema rejected
 *     still counts toward the quorum the user meant
 * @param nodesAt the {@code nodes} key of the section
 */
public record Quorum(Role role, Located<String> fqdn, Located<String> loadBalancerAddress, List<Member> members,
    int declared, Location nodesAt) {

  public Quorum {
    members = List.copyOf(members);
  }

  /** What a quorum is made of, in the words messages use. */
  public enum Role {
    CONTROLLERS("controller", "controllers", "controllers", "the controllers'"),
    REGISTRY("registry replica", "registry replicas", "registry", "the registry's");

    private final String one;
    private final String many;
    private final String section;
    private final String possessive;

    Role(String one, String many, String section, String possessive) {
      this.one = one;
      this.many = many;
      this.section = section;
      this.possessive = possessive;
    }

    /** "controller", "registry replica". */
    public String one() {
      return one;
    }

    /** "controllers", "registry replicas". */
    public String many() {
      return many;
    }

    /** The spec's section: "controllers", "registry". */
    public String section() {
      return section;
    }

    /** "the controllers'", "the registry's". */
    public String possessive() {
      return possessive;
    }

    /** "1 controller", "3 registry replicas". */
    public String count(int n) {
      return n + " " + (n == 1 ? one : many);
    }
  }

  public int count() {
    return Math.max(declared, members.size());
  }

  /** How many members can fail while a majority stays: (n - 1) / 2. */
  public int failureTolerance() {
    return (count() - 1) / 2;
  }
}
