package io.github.ucpkit.ucp.check;

import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.topology.Topology;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Everything the rules look at: the loaded Compose files (each its own project), the cluster
 * topology spec when the project has one, and the disk, for the few rules that check paths.
 */
public record Inputs(List<ComposeFile> compose, Optional<Topology> topology, Disk disk) {

  public Inputs {
    compose = List.copyOf(compose);
  }

  public Inputs(List<ComposeFile> compose, Optional<Topology> topology) {
    this(compose, topology, Disk.real());
  }

  public Inputs(List<ComposeFile> compose) {
    this(compose, Optional.empty());
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
