package io.github.ucpkit.ucp.check;

import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import java.util.List;
import java.util.function.BiConsumer;

/** Everything the rules look at: the loaded Compose files (each its own project). */
public record Inputs(List<ComposeFile> compose) {

  public Inputs {
    compose = List.copyOf(compose);
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
