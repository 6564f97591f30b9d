package io.github.ucpkit.ucp.load.schema;

import io.github.ucpkit.ucp.diag.RuleInfo;
import java.util.List;

/**
 * The three rule ids one schema reports under: a key the format does not know, a value of the wrong
 * type, and a value of the right type that breaks a constraint (missing key, repeated list item,
 * value out of its set or range).
 */
public record SchemaFindings(RuleInfo unknownKey, RuleInfo wrongType, RuleInfo invalidValue) {

  public List<RuleInfo> all() {
    return List.of(unknownKey, wrongType, invalidValue);
  }
}
