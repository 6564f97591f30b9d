package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The secrets and configs of a file as {@code docker stack deploy} pairs them: the top-level
 * declarations, and each service's grants (a name, or the {@code source} of the long form; a config
 * named by {@code credential_spec.config} is one too).
 */
final class Grants {

  /** The two kinds of file objects; {@code section} is both the top-level key and the service key. */
  enum Kind {
    SECRET("secrets", "secret"), CONFIG("configs", "config");

    final String section;
    final String word;

    Kind(String section, String word) {
      this.section = section;
      this.word = word;
    }
  }

  /** One grant: the service, and the name it uses where it is written ({@code source} empty when omitted). */
  record Grant(Kind kind, Service service, String source, YNode at) {}

  private Grants() {}

  /** The top-level declarations of one kind. */
  static List<YMap.Entry> declared(ComposeFile file, Kind kind) {
    return Nodes.map(file.document(), kind.section).map(m -> List.copyOf(m.all())).orElse(List.of());
  }

  static boolean isDeclared(ComposeFile file, Kind kind, String name) {
    return Nodes.map(file.document(), kind.section).map(m -> m.has(name)).orElse(false);
  }

  /** Every grant of every service, in file order. */
  static List<Grant> all(ComposeFile file) {
    List<Grant> out = new ArrayList<>();
    for (Service service : file.services()) {
      for (Kind kind : Kind.values()) {
        for (YNode item : Nodes.items(service.definition().get(kind.section))) {
          source(item).ifPresent(s -> out.add(new Grant(kind, service, s.text(), s)));
          if (item instanceof YMap m && m.get("source").isEmpty()) {
            out.add(new Grant(kind, service, "", m));
          }
        }
      }
      Nodes.map(service.definition(), "credential_spec")
          .flatMap(c -> Swarm.string(c, "config"))
          .filter(c -> !c.text().isEmpty())
          .ifPresent(c -> out.add(new Grant(Kind.CONFIG, service, c.text(), c)));
    }
    return out;
  }

  /** The name a grant uses: the string itself, or the long form's {@code source}. */
  private static Optional<YScalar> source(YNode grant) {
    YNode name = grant instanceof YMap m ? m.get("source").orElse(null) : grant;
    return name instanceof YScalar s && s.isString() ? Optional.of(s) : Optional.empty();
  }
}
