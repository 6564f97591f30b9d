package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import java.util.List;

/**
 * An {@code interlock.*} label value holds a character that could change the structure of the
 * nginx.conf, haproxy.cfg or zone file it is written into. Interlock pastes values unquoted, and
 * so would any template; refusing the characters is what keeps a label from adding directives.
 * Checked for every {@code interlock.*} label, known or not, once per label; the other LB rules
 * skip values reported here.
 */
public final class UnsafeLabelValue implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-VAL-001", Severity.ERROR,
        "An Interlock label value contains a character that could change a generated config's structure")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      for (Label label : service.labels()) {
        if (!label.key().startsWith(Interlock.PREFIX)) {
          continue;
        }
        List<String> unsafe = LabelValues.unsafe(label);
        if (unsafe.isEmpty()) {
          continue;
        }
        findings.report(
            label.valueAt(),
            "the value of label " + LabelValues.quote(label.key()) + " on service \"" + service.name()
                + "\" contains " + LabelValues.list(unsafe)
                + ", which could change the structure of the generated load-balancer config",
            hint(unsafe));
      }
    });
  }

  private static String hint(List<String> unsafe) {
    String first = unsafe.get(0);
    if (first.startsWith("a dollar sign")) {
      return "remove it: nginx reads \"$\" as the start of a variable (write Compose variables as ${NAME}; they are"
          + " substituted before this check)";
    }
    if (first.startsWith("a space") || first.startsWith("a tab") || first.startsWith("a newline")
        || first.startsWith("a carriage return")) {
      return "remove it: label values are written into nginx.conf, haproxy.cfg and the zone file unquoted, where"
          + " whitespace separates words and lines end directives (look for a stray space or a folded YAML"
          + " string)";
    }
    return "remove it: label values are written into nginx.conf, haproxy.cfg and the zone file unquoted, so a"
        + " quote, brace, semicolon, comment sign, escape or control character would end or add a directive";
  }
}
