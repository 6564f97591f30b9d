package io.github.ucpkit.ucp.model.topology;

import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.Optional;

/**
 * Names the zone file derives from cluster.domain rather than reads from the spec: the SOA's
 * contact mailbox {@code hostmaster.<domain>}. Derived here once, for the zone and for TOPO-DNS-002,
 * which refuses a domain too long to hold it (a name has at most 253 characters), so a domain the
 * validation accepts always renders.
 */
public final class ZoneNames {

  public static final String HOSTMASTER = "hostmaster";

  private ZoneNames() {}

  /** The SOA's RNAME, {@code hostmaster.<origin>}; empty when that would be longer than a name may be. */
  public static Optional<DnsName> hostmaster(DnsName origin) {
    return DnsName.parse(HOSTMASTER + "." + origin.value());
  }
}
