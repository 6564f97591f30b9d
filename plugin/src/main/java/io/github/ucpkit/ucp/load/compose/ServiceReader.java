package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.DeployTarget;
import io.github.ucpkit.ucp.model.compose.Extends;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.compose.ServiceRef;
import io.github.ucpkit.ucp.model.compose.VolumeSpec;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one service's mapping into a {@link Service}. */
final class ServiceReader {

  private ServiceReader() {}

  /** @param target the tool the file is read for, which decides how a number in a label becomes text */
  static Service read(YScalar name, YNode node, DeployTarget target) {
    YMap def = node instanceof YMap m ? m : new YMap(java.util.Map.of(), node.at());
    LabelText text = target == DeployTarget.STACK ? LabelText.GO : LabelText.PYTHON;
    Optional<Located<String>> networkMode = Nodes.text(def, "network_mode");
    return new Service(
        name.text(),
        name.at(),
        def,
        Nodes.text(def, "image"),
        buildContext(def),
        Nodes.items(def.get("ports")).stream().map(PortParser::port).toList(),
        Nodes.items(def.get("expose")).stream().map(PortParser::expose).toList(),
        def.entry("networks").map(e -> e.key().at()),
        networks(def, networkMode.isPresent()),
        networkMode,
        labels(def.get("labels"), text),
        labels(Nodes.map(def, "deploy").flatMap(d -> d.get("labels")), text),
        Nodes.text(def, "container_name"),
        Nodes.integer(def, "scale"),
        references(def),
        Nodes.items(def.get("volumes")).stream().map(VolumeParser::parse).toList(),
        Nodes.texts(def.get("env_file")),
        Nodes.text(def, "hostname"),
        extendsFrom(def));
  }

  private static Optional<Located<String>> buildContext(YMap def) {
    Optional<YNode> build = def.get("build");
    if (build.isEmpty()) {
      return Optional.empty();
    }
    return build.get() instanceof YMap map ? Nodes.text(map, "context") : Nodes.text(build.get());
  }

  private static List<NetworkAttachment> networks(YMap def, boolean hasNetworkMode) {
    Optional<YNode> networks = def.get("networks");
    List<NetworkAttachment> out = new ArrayList<>();
    if (networks.isEmpty()) {
      if (!hasNetworkMode) {
        out.add(new NetworkAttachment("default", List.of(), true, def.at()));
      }
      return out;
    }
    if (networks.get() instanceof YSeq seq) {
      for (YNode item : seq.items()) {
        Nodes.text(item).ifPresent(n -> out.add(new NetworkAttachment(n.value(), List.of(), false, n.at())));
      }
    } else if (networks.get() instanceof YMap map) {
      for (YMap.Entry e : map.all()) {
        List<Located<String>> aliases =
            e.value() instanceof YMap settings ? Nodes.texts(settings.get("aliases")) : List.of();
        out.add(new NetworkAttachment(e.key().text(), aliases, false, e.key().at()));
      }
    }
    return out;
  }

  /**
   * How a label value that is not a string becomes text: docker-compose prints it as Python does
   * ({@code True}, {@code 8080.0}); the docker CLI as Go's {@code fmt.Sprint} does ({@code 8080}).
   */
  enum LabelText {
    PYTHON,
    GO;

    String of(YScalar s) {
      if (s.isNull()) {
        return "";
      }
      return this == GO && s.type() == ScalarType.FLOAT ? GoFloat.text(s.text()) : s.value();
    }
  }

  /** Labels as the tool hands them to the engine: {@code key=value} items or a mapping of text. */
  static List<Label> labels(Optional<YNode> node, LabelText text) {
    List<Label> out = new ArrayList<>();
    if (node.isPresent() && node.get() instanceof YMap map) {
      for (YMap.Entry e : map.all()) {
        String value = e.value() instanceof YScalar s ? text.of(s) : "";
        out.add(new Label(e.key().text(), value, e.key().at(), e.value().at()));
      }
    } else {
      for (YNode item : Nodes.items(node)) {
        if (item instanceof YScalar s && s.isString()) {
          int eq = s.text().indexOf('=');
          String key = eq < 0 ? s.text() : s.text().substring(0, eq);
          String value = eq < 0 ? "" : s.text().substring(eq + 1);
          out.add(new Label(key, value, s.at(), s.at()));
        }
      }
    }
    return out;
  }

  private static List<ServiceRef> references(YMap def) {
    List<ServiceRef> out = new ArrayList<>();
    Optional<YNode> dependsOn = def.get("depends_on");
    if (dependsOn.isPresent() && dependsOn.get() instanceof YMap map) {
      map.all().forEach(e -> out.add(new ServiceRef(ServiceRef.Kind.DEPENDS_ON, e.key().text(), e.key().at())));
    } else {
      Nodes.texts(dependsOn).forEach(t -> out.add(new ServiceRef(ServiceRef.Kind.DEPENDS_ON, t.value(), t.at())));
    }
    for (Located<String> link : Nodes.texts(def.get("links"))) {
      out.add(new ServiceRef(ServiceRef.Kind.LINK, link.value().split(":", 2)[0], link.at()));
    }
    for (Located<String> from : Nodes.texts(def.get("volumes_from"))) {
      volumesFromService(from.value())
          .ifPresent(target -> out.add(new ServiceRef(ServiceRef.Kind.VOLUMES_FROM, target, from.at())));
    }
    namespace(def, "network_mode", ServiceRef.Kind.NETWORK_MODE).ifPresent(out::add);
    namespace(def, "pid", ServiceRef.Kind.PID).ifPresent(out::add);
    namespace(def, "ipc", ServiceRef.Kind.IPC).ifPresent(out::add);
    return out;
  }

  /**
   * The service a 2.x {@code volumes_from} entry names: {@code name}, {@code name:mode},
   * {@code service:name:mode}; empty for {@code container:name[:mode]}.
   */
  static Optional<String> volumesFromService(String entry) {
    String[] parts = entry.split(":", -1);
    if (parts.length == 3) {
      return parts[0].equals("service") ? Optional.of(parts[1]) : Optional.empty();
    }
    if (parts.length == 2 && parts[0].equals("container")) {
      return Optional.empty();
    }
    return Optional.of(parts[0]);
  }

  private static Optional<ServiceRef> namespace(YMap def, String key, ServiceRef.Kind kind) {
    return Nodes.text(def, key)
        .filter(t -> t.value().startsWith("service:"))
        .map(t -> new ServiceRef(kind, t.value().substring("service:".length()), t.at()));
  }

  private static Optional<Extends> extendsFrom(YMap def) {
    Optional<YNode> node = def.get("extends");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YMap map) {
      return Nodes.text(map, "service")
          .map(s -> new Extends(s.value(), Nodes.text(map, "file").map(Located::value), map.at()));
    }
    return Nodes.text(node.get()).map(s -> new Extends(s.value(), Optional.empty(), s.at()));
  }


}
