package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service's {@code ports} and {@code expose} entries, each with the YAML node it was read from, so
 * the port rules can tell what the schema already reports and how the value was written.
 */
record PortEntries(Service service, PortSpec spec, YNode node, boolean expose) {

  static final long MIN_PORT = 1;
  static final long MAX_PORT = 65535;

  static List<PortEntries> of(Service service) {
    List<PortEntries> out = new ArrayList<>();
    add(out, service, service.ports(), service.definition().get("ports"), false);
    add(out, service, service.expose(), service.definition().get("expose"), true);
    return out;
  }

  private static void add(List<PortEntries> out, Service service, List<PortSpec> specs, Optional<YNode> node, boolean expose) {
    List<YNode> items = node.filter(YSeq.class::isInstance).map(n -> ((YSeq) n).items()).orElse(List.of());
    // the reader maps the items one to one, in order
    for (int i = 0; i < specs.size() && i < items.size(); i++) {
      out.add(new PortEntries(service, specs.get(i), items.get(i), expose));
    }
  }

  /**
   * True when the schema or a type conversion already reports this entry: a scalar that is neither
   * text nor a number, a list, or a long-syntax {@code target} of the wrong type.
   */
  boolean reportedElsewhere() {
    if (node instanceof YScalar s) {
      return !(s.isString() || s.type() == ScalarType.INT || s.type() == ScalarType.FLOAT);
    }
    if (node instanceof YMap map) {
      return expose || map.get("target").map(t -> !(t instanceof YScalar s && s.type() == ScalarType.INT)).orElse(false);
    }
    return true;
  }

  /**
   * The host ports this entry always binds: its published range, unless it publishes nothing or
   * names a range of candidates for one container port ({@code 8000-8010:80}), where the engine
   * picks whichever is free.
   */
  static Optional<PortSpec.Range> fixedHostPorts(PortSpec.Mapping m) {
    return m.published().filter(p -> p.length() == m.target().length());
  }

  static boolean inRange(PortSpec.Range r) {
    return r.first() >= MIN_PORT && r.last() <= MAX_PORT;
  }
}
