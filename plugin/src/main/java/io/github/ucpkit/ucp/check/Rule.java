package io.github.ucpkit.ucp.check;

import io.github.ucpkit.ucp.diag.RuleInfo;

/**
 * One check. A rule is a small class named for what is wrong; it reads the model and reports
 * through {@link Findings}, which stamps its id and severity on every diagnostic.
 */
public interface Rule {

  RuleInfo info();

  void check(Inputs inputs, Findings findings);
}
