package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.List;
import java.util.Optional;

/**
 * What {@code docker stack deploy} refuses about external resources: an external volume with a
 * driver, driver options or labels, and {@code external.name} beside {@code name} on any resource.
 * Other settings beside {@code external} it ignores.
 */
final class StackExternals {

  private static final List<String> SECTIONS = List.of("networks", "volumes", "secrets", "configs");

  private StackExternals() {}

  static void check(YMap document, Findings findings) {
    for (String section : SECTIONS) {
      String kind = section.substring(0, section.length() - 1);
      document.get(section).filter(YMap.class::isInstance).ifPresent(resources -> {
        for (YMap.Entry resource : ((YMap) resources).all()) {
          if (resource.value() instanceof YMap settings && external(settings)) {
            check(kind, resource.key().text(), settings, findings);
          }
        }
      });
    }
  }

  private static void check(String kind, String name, YMap settings, Findings findings) {
    if (kind.equals("volume")) {
      for (String key : List.of("driver", "driver_opts", "labels")) {
        settings.entry(key).filter(e -> set(e.value())).ifPresent(e -> findings.report(e.key().at(),
            "volume \"" + name + "\" is external, so it cannot also set \"" + key + "\"",
            "remove \"" + key + "\" and configure the volume where it is created (docker stack deploy: "
                + "\"conflicting parameters \\\"external\\\" and \\\"" + key + "\\\" specified for volume \\\"" + name + "\\\"\")"));
      }
    }
    Optional<YNode> externalName = settings.get("external").filter(YMap.class::isInstance).flatMap(m -> ((YMap) m).get("name"));
    if (externalName.isPresent() && settings.get("name").filter(StackExternals::set).isPresent()) {
      findings.report(externalName.get().at(),
          kind + " \"" + name + "\" sets both external.name and name",
          "keep only name: external.name is its deprecated spelling (docker stack deploy: \"" + kind + ".external.name and "
              + kind + ".name conflict; only use " + kind + ".name\")");
    }
  }

  /** The docker CLI reads external: true, or any mapping (whose name is the resource's), as external. */
  private static boolean external(YMap settings) {
    YNode external = settings.get("external").orElse(null);
    return external instanceof YMap || (external instanceof YScalar s && s.type() == ScalarType.BOOL && s.bool());
  }

  /** A value Go sees as set: a non-empty string, mapping or list. */
  private static boolean set(YNode node) {
    if (node instanceof YScalar s) {
      return !s.isNull() && !(s.isString() && s.text().isEmpty());
    }
    return !(node instanceof YMap m) || m.size() > 0;
  }
}
