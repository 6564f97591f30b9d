package io.github.ucpkit.ucp.check;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import java.util.List;

/** Where one rule reports; the rule supplies only position, message and hint. */
public final class Findings {

  private final RuleInfo rule;
  private final List<Diagnostic> sink;

  Findings(RuleInfo rule, List<Diagnostic> sink) {
    this.rule = rule;
    this.sink = sink;
  }

  public void report(Location at, String message, String hint) {
    sink.add(rule.at(at, message, hint));
  }

  public void report(Location at, String message) {
    report(at, message, "");
  }
}
