package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** A service's {@code profiles}: services whose profiles never meet are alternatives, not neighbours. */
final class Profiles {

  private Profiles() {}

  static Set<String> of(Service service) {
    Set<String> out = new HashSet<>();
    YNode node = service.definition().get("profiles").orElse(null);
    if (node instanceof YSeq seq) {
      for (YNode item : seq.items()) {
        if (item instanceof YScalar s) {
          out.add(s.value());
        }
      }
    }
    return out;
  }

  /**
   * True when both services are limited to profiles and share none, as a {@code dev} and a
   * {@code prod} variant of one service are: a plain {@code up} starts neither.
   */
  static boolean alternatives(Service a, Service b) {
    Set<String> pa = of(a);
    Set<String> pb = of(b);
    return !pa.isEmpty() && !pb.isEmpty() && Collections.disjoint(pa, pb);
  }
}
