package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.yaml.PyFloat;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.Yaml11;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code cpus} that docker-compose cannot turn into whole nano-CPUs. It multiplies the value by
 * 10^9 in binary floating point and rejects any result with a fraction: values with more than nine
 * decimals, but also some shorter ones whose binary form is inexact ({@code 4.1} gives
 * 4100000000.0000005). The check here does the same double arithmetic, so it fails exactly when
 * docker-compose does.
 */
public final class CpusTooPrecise implements Rule {

  private static final double NANO_CPUS = 1_000_000_000d;

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-CPU-001", Severity.ERROR, "cpus has more than nine digits after the decimal point");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      Optional<YNode> node = service.definition().get("cpus");
      // Integers multiply exactly and 0 is skipped; strings were converted already or failed conversion.
      if (node.isEmpty() || !(node.get() instanceof YScalar s) || s.type() != ScalarType.FLOAT) {
        return;
      }
      double cpus = pythonFloat(s.text());
      if (cpus == 0) {
        return;
      }
      double nanos = cpus * NANO_CPUS;
      if (!Double.isInfinite(nanos) && nanos == Math.rint(nanos)) {
        return;
      }
      String shown = s.text().length() <= 40 ? s.text() : s.text().substring(0, 40) + "...";
      Optional<BigDecimal> exact = Yaml11.parseFloat(shown);
      if (exact.isEmpty() || exact.get().stripTrailingZeros().scale() > 9) {
        findings.report(
            s.at(),
            "cpus " + shown + " of service \"" + service.name() + "\" has more than nine digits after the decimal point",
            "round it to at most nine decimals; the engine counts CPUs in billionths");
      } else {
        findings.report(
            s.at(),
            "cpus " + shown + " of service \"" + service.name() + "\" is rejected by docker-compose 1.29.2, which"
                + " multiplies it by 10^9 in floating point and does not get a whole number (it then reports"
                + " \"more than nine digits after the decimal point\")",
            alternative(exact.get()));
      }
    });
  }

  private static String alternative(BigDecimal cpus) {
    BigDecimal quota = cpus.movePointRight(5).stripTrailingZeros();
    String exactValues = "use a value that is exact in binary (any multiple of 0.125 is)";
    return quota.scale() <= 0
        ? exactValues + ", or set cpu_period: 100000 and cpu_quota: " + quota.toPlainString() + " instead"
        : exactValues;
  }

  /** The value as PyYAML builds a float: base 60 for {@code 1:30.5}, otherwise the decimal text. */
  static double pythonFloat(String text) {
    return PyFloat.construct(text).orElse(Double.POSITIVE_INFINITY);
  }
}
