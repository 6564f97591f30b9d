package io.github.ucpkit.ucp.emit;

import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.emit.view.AppView;
import io.github.ucpkit.ucp.emit.view.HaproxyView;
import io.github.ucpkit.ucp.emit.view.InterlockTomlView;
import io.github.ucpkit.ucp.emit.view.LbStackView;
import io.github.ucpkit.ucp.emit.view.ProxyLbView;
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

  private Generator() {}

  /**
   * @param placement what header comments and deploy commands show paths relative to
   * @param serials how {@code serial: auto} is derived
   */
  public static List<Artifact> render(Inputs inputs, Placement placement, SerialPolicy serials) {
    List<Artifact> out = new ArrayList<>();
    Path basedir = placement.basedir();
    for (ComposeFile file : inputs.compose()) {
      Header header = Header.of(basedir, List.of(file.path()));
      String name = file.project() + ".yml";
      String body = file.forStack()
          ? AppYaml.writeForStack(file.document(), file.deployTime(), new StackPaths(placement.fromOutput(file.directory())))
          : AppYaml.write(file.document(), file.deployTime());
      AppView view = new AppView(header, file.project(), placement.relative(file.directory()), placement.artifact(name), body);
      out.add(new Artifact(name, Templates.render(file.forStack() ? "app-stack.yml.peb" : "app.yml.peb", view)));
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
    ZoneView draft = ZoneView.of(header, t, routes, 0);
    Topology.Dns dns = t.dns().orElseThrow(() -> new IllegalStateException("validation requires a dns section"));
    ZoneView zone = draft.withSerial(serials.serial(dns, Templates.render("zone.peb", draft), draft.artifactName()));
    Header specOnly = Header.of(basedir, List.of(t.path()));
    Artifact haproxy = new Artifact("haproxy.cfg", Templates.render("haproxy.cfg.peb", HaproxyView.of(specOnly, t)));
    Artifact zoneFile = new Artifact(zone.artifactName(), Templates.render("zone.peb", zone));
    if (t.externalLoadBalancer().mode() == Topology.Mode.INTERLOCK2) {
      // Interlock renders the proxies' nginx config itself; no nginx.conf or lb-stack.yml of ours runs
      return List.of(haproxy, zoneFile,
          new Artifact("interlock.toml", Templates.render("interlock.toml.peb", InterlockTomlView.of(specOnly, t))),
          new Artifact("proxy-lb.cfg", Templates.render("proxy-lb.cfg.peb", ProxyLbView.of(specOnly, t))));
    }
    return List.of(
        haproxy,
        new Artifact("nginx.conf", Templates.render("nginx-" + mode + ".conf.peb", NginxView.of(header, t, routes))),
        new Artifact("lb-stack.yml", Templates.render(lbStackTemplate(t.externalLoadBalancer().mode()), LbStackView.of(header, t, routes))),
        zoneFile);
  }

  /** dns mode keeps the original template's name; the other modes run nginx differently, each its own file. */
  private static String lbStackTemplate(Topology.Mode mode) {
    return switch (mode) {
      case DNS -> "lb-stack.yml.peb";
      case STATIC -> "lb-stack-static.yml.peb";
      case INTERLOCK -> "lb-stack-interlock.yml.peb";
      case INTERLOCK2 -> throw new IllegalStateException("interlock2 mode has no lb-stack.yml");
    };
  }
}
