package io.github.ucpkit.ucp;

import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.RuleInfo;
import java.util.Set;
import java.util.TreeSet;

/** The rule ids whose metadata says they are stricter than a reference tool: the code is the list. */
final class StricterRules {

  private StricterRules() {}

  static Set<String> than(RuleInfo.Tool tool) {
    Set<String> ids = new TreeSet<>();
    for (RuleInfo r : Rules.catalog()) {
      if (r.stricterThan().contains(tool)) {
        ids.add(r.id());
      }
    }
    return ids;
  }
}
