package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.math.BigInteger;
import java.util.Optional;

/** A {@code ulimits} entry whose soft limit is above its hard limit, which the kernel cannot set. */
public final class SoftLimitAboveHard implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-ULIMIT-001", Severity.ERROR, "A ulimit's soft limit is above its hard limit")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      Optional<YNode> ulimits = service.definition().get("ulimits");
      if (ulimits.isEmpty() || !(ulimits.get() instanceof YMap map)) {
        return;
      }
      for (YMap.Entry e : map.all()) {
        if (!(e.value() instanceof YMap limit)) {
          continue;
        }
        Optional<YScalar> soft = integer(limit.get("soft"));
        Optional<YScalar> hard = integer(limit.get("hard"));
        if (soft.isEmpty() || hard.isEmpty()) {
          continue;
        }
        BigInteger s = soft.get().integer();
        BigInteger h = hard.get().integer();
        if (s.compareTo(h) > 0) {
          findings.report(
              soft.get().at(),
              "ulimit \"" + e.key().text() + "\" of service \"" + service.name() + "\" has a soft limit (" + s
                  + ") above its hard limit (" + h + ")",
              h.signum() < 0
                  ? "docker-compose compares the plain numbers, so with hard: " + h + " (unlimited) soft must be " + h
                      + " too"
                  : "lower soft to at most " + h + ", or raise hard; the soft limit is what the process gets, the"
                      + " hard limit is how far it may raise it");
        }
      }
    });
  }

  /** Integers only: other values are the schema's or the type conversion's finding. */
  private static Optional<YScalar> integer(Optional<YNode> node) {
    return node.filter(n -> n instanceof YScalar s && s.type() == ScalarType.INT).map(YScalar.class::cast);
  }
}
