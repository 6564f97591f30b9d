package io.github.ucpkit.ucp.check.dns;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import java.math.BigInteger;

/** The SOA serial is an unsigned 32-bit number; 0 and larger values break zone transfers. */
public final class InvalidSerial implements TopologyRule {

  private static final BigInteger MAX = new BigInteger("4294967295");

  @Override
  public RuleInfo info() {
    return new RuleInfo("DNS-SERIAL-001", Severity.ERROR, "The SOA serial is neither auto nor 1 to 4294967295");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().flatMap(t -> t.dns()).ifPresent(d -> d.serial().explicit().ifPresent(s -> {
      boolean ok = s.value().matches("[0-9]{1,10}")
          && new BigInteger(s.value()).signum() > 0
          && new BigInteger(s.value()).compareTo(MAX) <= 0;
      if (!ok) {
        findings.report(
            s.at(),
            "serial \"" + s.value() + "\" is neither auto nor an integer from 1 to " + MAX,
            "write serial: auto (reproducible, changes when the zone changes) or a number such as 2026112601");
      }
    }));
  }
}
