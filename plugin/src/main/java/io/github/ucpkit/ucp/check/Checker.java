package io.github.ucpkit.ucp.check;

import io.github.ucpkit.ucp.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Runs every registered rule over the inputs. */
public final class Checker {

  private final List<Rule> rules;

  public Checker(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<Diagnostic> check(Inputs inputs) {
    List<Diagnostic> out = new ArrayList<>();
    for (Rule rule : rules) {
      rule.check(inputs, new Findings(rule.info(), out));
    }
    return out;
  }
}
