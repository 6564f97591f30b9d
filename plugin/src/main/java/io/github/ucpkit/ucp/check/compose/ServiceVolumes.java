package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.compose.VolumeSpec;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's {@code volumes} entries, each parsed one beside the node it came from. docker-compose
 * treats the two syntaxes differently (a short entry's container path is normalised, a long one's is
 * not), and the parsed form alone does not say which syntax an entry used.
 */
final class ServiceVolumes {

  record Entry(VolumeSpec spec, YNode node) {}

  private ServiceVolumes() {}

  static List<Entry> of(Service service) {
    List<YNode> nodes = service.definition().get("volumes")
        .filter(YSeq.class::isInstance)
        .map(n -> ((YSeq) n).items())
        .orElse(List.of());
    List<Entry> out = new ArrayList<>();
    // the loader parses exactly these items, in order; a mismatch means the model came from elsewhere
    if (nodes.size() != service.volumes().size()) {
      return out;
    }
    for (int i = 0; i < nodes.size(); i++) {
      out.add(new Entry(service.volumes().get(i), nodes.get(i)));
    }
    return out;
  }
}
