package io.github.ucpkit.ucp.check.dns;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import java.math.BigInteger;

/** RFC 2181 limits a TTL to 2^31 - 1 seconds; BIND warns about larger values and loads the zone with a TTL of 0. */
public final class TtlOutOfRange implements TopologyRule {

  private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  @Override
  public RuleInfo info() {
    return new RuleInfo("DNS-TTL-001", Severity.ERROR, "The zone TTL is outside 1 to 2147483647");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().flatMap(t -> t.dns()).ifPresent(d -> {
      BigInteger ttl = d.ttl().value();
      if (ttl.signum() <= 0 || ttl.compareTo(MAX) > 0) {
        findings.report(
            d.ttl().at(),
            "ttl " + ttl + " is outside 1 to " + MAX + " seconds",
            "use a TTL such as 300 (5 minutes) or 3600 (1 hour)");
      }
    });
  }
}
