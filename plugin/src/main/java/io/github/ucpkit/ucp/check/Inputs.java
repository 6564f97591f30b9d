package io.github.ucpkit.ucp.check;

import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.yaml.ReadOnce;
import io.github.ucpkit.ucp.load.yaml.YamlLimits;
import io.github.ucpkit.ucp.load.yaml.YamlReader;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.Routes;
import io.github.ucpkit.ucp.model.topology.Topology;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Everything the rules look at: the loaded Compose files (each its own project), the cluster
 * topology spec when the project has one, and the disk, for the few rules that check paths. The
 * files' routes are resolved on the first question and then shared: a dozen rules and the templates
 * ask for them.
 */
public final class Inputs {

  private final List<ComposeFile> compose;
  private final Optional<Topology> topology;
  private final Disk disk;
  private final ReadOnce extended;
  private volatile Routes routes; // immutable once built: two threads that both build it get equal answers

  public Inputs(List<ComposeFile> compose, Optional<Topology> topology, Disk disk) {
    this(compose, topology, disk, new ReadOnce(new YamlReader(YamlLimits.DEFAULT, disk)));
  }

  /** @param extended the files the Compose files extend, as far as their loading read them already */
  public Inputs(List<ComposeFile> compose, Optional<Topology> topology, Disk disk, ReadOnce extended) {
    this.compose = List.copyOf(compose);
    this.topology = topology;
    this.disk = disk;
    this.extended = extended;
  }

  public Inputs(List<ComposeFile> compose, Optional<Topology> topology) {
    this(compose, topology, Disk.real());
  }

  public Inputs(List<ComposeFile> compose) {
    this(compose, Optional.empty());
  }

  public List<ComposeFile> compose() {
    return compose;
  }

  public Optional<Topology> topology() {
    return topology;
  }

  public Disk disk() {
    return disk;
  }

  /** The files the Compose files extend, each parsed once for every rule that follows an extends. */
  public ReadOnce extended() {
    return extended;
  }

  /** Every service's routing, from every label family, in file order: {@link Routes#of}, once. */
  public Routes routes() {
    Routes r = routes;
    if (r == null) {
      r = Routes.of(compose);
      routes = r;
    }
    return r;
  }

  /** Every service with its file, in file order then service order. */
  public void forEachService(BiConsumer<ComposeFile, Service> action) {
    for (ComposeFile file : compose) {
      for (Service service : file.services()) {
        action.accept(file, service);
      }
    }
  }
}
