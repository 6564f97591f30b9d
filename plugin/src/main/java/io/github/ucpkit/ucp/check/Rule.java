package io.github.ucpkit.ucp.check;

import io.github.ucpkit.ucp.diag.RuleInfo;

/**
 * One check. A rule is a small class named for what is wrong; it reads the model and reports
 * through {@link Findings}, which stamps its id and severity on every diagnostic.
 */
public interface Rule {

  RuleInfo info();

  void check(Inputs inputs, Findings findings);

  /** What a rule looks at, which decides when it can run. */
  enum Reach {
    /** One Compose file at a time: runs as soon as that file is loaded, alongside the other files. */
    FILE,
    /** Files together: runs once, after every file is loaded. */
    PROJECT,
    /**
     * The topology spec, alone or with the files: runs once, after every file is loaded, and not at
     * all when the project has no spec (such a rule has nothing to say without one).
     */
    TOPOLOGY
  }

  /** PROJECT unless the rule says otherwise: a rule that forgets is slower, never wrong. */
  default Reach reach() {
    return Reach.PROJECT;
  }
}
