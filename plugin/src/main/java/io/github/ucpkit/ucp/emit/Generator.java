package io.github.ucpkit.ucp.emit;

import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.emit.view.AppView;
import io.github.ucpkit.ucp.emit.view.HaproxyView;
import io.github.ucpkit.ucp.emit.view.LbStackView;
import io.github.ucpkit.ucp.emit.view.NginxView;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.emit.view.ZoneView;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.topology.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders every artifact from validated inputs, in memory: the same inputs give the same bytes.
 * {@code generate} writes the result, {@code check} compares it with what is on disk.
 */
public final class Generator {

  /** Names the cluster artifacts use, which an app's file name must not take. */
  private static final Set<String> RESERVED = Set.of("haproxy", "nginx", "lb-stack");

  private Generator() {}

  /**
   * @param basedir what header comments show input paths relative to
   * @param serials how {@code serial: auto} is derived
   */
  public static List<Artifact> render(Inputs inputs, Path basedir, SerialPolicy serials) {
    List<Artifact> out = new ArrayList<>();
    Map<ComposeFile, String> names = appNames(inputs.compose());
    for (ComposeFile file : inputs.compose()) {
      Header header = Header.of(basedir, List.of(file.path()));
      AppView view = new AppView(header, file.project(), AppYaml.write(file.document()));
      out.add(new Artifact(names.get(file) + ".yml", Templates.render("app.yml.peb", view)));
    }
    inputs.topology().ifPresent(t -> out.addAll(cluster(inputs, t, basedir, serials)));
    out.sort(null);
    return List.copyOf(out);
  }

  private static List<Artifact> cluster(Inputs inputs, Topology t, Path basedir, SerialPolicy serials) {
    List<RoutedService> routes = RoutedService.of(inputs);
    List<Path> sources = new ArrayList<>(List.of(t.path()));
    routes.forEach(r -> sources.add(r.file().path()));
    Header header = Header.of(basedir, sources);
    String mode = t.externalLoadBalancer().mode().name().toLowerCase(Locale.ROOT);
    ZoneView zone = ZoneView.of(header, t, routes, serials);
    return List.of(
        new Artifact("haproxy.cfg", Templates.render("haproxy.cfg.peb", HaproxyView.of(Header.of(basedir, List.of(t.path())), t))),
        new Artifact("nginx.conf", Templates.render("nginx-" + mode + ".conf.peb", NginxView.of(header, t, routes))),
        new Artifact("lb-stack.yml", Templates.render(lbStackTemplate(t.externalLoadBalancer().mode()), LbStackView.of(header, t, routes))),
        new Artifact(zone.origin().value() + ".zone", Templates.render("zone.peb", zone)));
  }

  /** dns mode keeps the original template's name; the other modes run nginx differently, each its own file. */
  private static String lbStackTemplate(Topology.Mode mode) {
    return switch (mode) {
      case DNS -> "lb-stack.yml.peb";
      case STATIC -> "lb-stack-static.yml.peb";
      case INTERLOCK -> "lb-stack-interlock.yml.peb";
    };
  }

  /**
   * docker-compose's project name per file; when two files share one (or one is a name the cluster
   * artifacts use), each becomes {@code <project>-<file stem>}.
   */
  static Map<ComposeFile, String> appNames(List<ComposeFile> files) {
    Map<String, Integer> counts = new HashMap<>();
    files.forEach(f -> counts.merge(f.project(), 1, Integer::sum));
    Map<ComposeFile, String> out = new HashMap<>();
    for (ComposeFile f : files) {
      // a project name may start with - or _ (a directory "-rf"); a file name here must not
      String name = f.project().replaceFirst("^[-_]+", "");
      name = name.isEmpty() ? "default" : name;
      if (counts.get(f.project()) > 1 || RESERVED.contains(name)) {
        String stem = f.path().getFileName().toString().replaceAll("\\.ya?ml$", "")
            .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        name = name + "-" + (stem.isEmpty() ? "compose" : stem);
      }
      out.put(f, name);
    }
    return out;
  }
}
