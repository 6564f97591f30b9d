package io.github.ucpkit.ucp.check.dns;

import io.github.ucpkit.ucp.check.Rule;
import java.util.List;

/** Rules about the DNS zone the topology spec describes. */
public final class DnsRules {

  private DnsRules() {}

  public static List<Rule> all() {
    return List.of(
        new NoNameserver(),
        new SingleNameserver(),
        new MissingGlue(),
        new TtlOutOfRange(),
        new InvalidSerial());
  }
}
