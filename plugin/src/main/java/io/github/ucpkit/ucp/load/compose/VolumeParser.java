package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.model.compose.VolumeSpec;
import io.github.ucpkit.ucp.model.compose.VolumeSpec.Kind;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Locale;
import java.util.Optional;

/** A service's {@code volumes} entries, read as docker-compose does on a Unix host. */
final class VolumeParser {

  private VolumeParser() {}

  static VolumeSpec parse(YNode node) {
    if (node instanceof YMap map) {
      return longSyntax(map);
    }
    if (!(node instanceof YScalar s) || !s.isString()) {
      return new VolumeSpec.Invalid(node.describe(), "a volume must be a string or a mapping", node.at());
    }
    String text = s.text();
    String[] parts = text.split(":", -1);
    if (parts.length > 3) {
      return new VolumeSpec.Invalid(text, "it has more than three ':'-separated parts; the form is [SOURCE:]TARGET[:MODE]", s.at());
    }
    if (parts.length == 1) {
      return new VolumeSpec.Mount(Kind.ANONYMOUS, Optional.empty(), text, text, s.at());
    }
    String source = parts[0];
    String target = parts[1];
    String mode = parts.length == 3 ? parts[2] : "rw";
    if (source.isEmpty()) {
      // "${DATA}:/data" with DATA unset: docker-compose treats the missing source as no source at all
      return new VolumeSpec.Mount(Kind.ANONYMOUS, Optional.empty(), target, ":" + target + ":" + mode, s.at());
    }
    boolean path = source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
    return new VolumeSpec.Mount(
        path ? Kind.BIND : Kind.NAMED, Optional.of(source), target, source + ":" + target + ":" + mode, s.at());
  }

  private static VolumeSpec longSyntax(YMap map) {
    String rawType = string(map, "type").orElse("volume");
    String type = rawType.toLowerCase(Locale.ROOT);
    Optional<String> source = string(map, "source");
    Optional<String> target = string(map, "target");
    if (target.isEmpty()) {
      return new VolumeSpec.Invalid("{...}", "a long-syntax volume needs a target", map.at());
    }
    Kind kind = switch (type) {
      case "bind" -> Kind.BIND;
      case "tmpfs" -> Kind.TMPFS;
      case "npipe" -> Kind.NPIPE;
      default -> source.isPresent() ? Kind.NAMED : Kind.ANONYMOUS;
    };
    // docker-compose refuses only a non-empty source with type exactly "tmpfs"
    if (rawType.equals("tmpfs") && source.filter(src -> !src.isEmpty()).isPresent()) {
      return new VolumeSpec.Invalid("{...}", "tmpfs mounts can not specify a source", map.at());
    }
    String display = source.map(src -> src + ":").orElse("") + target.get();
    return new VolumeSpec.Mount(kind, source, target.get(), display, map.at());
  }

  private static Optional<String> string(YMap map, String key) {
    return map.get(key).filter(n -> n instanceof YScalar s && s.isString()).map(n -> ((YScalar) n).text());
  }
}
