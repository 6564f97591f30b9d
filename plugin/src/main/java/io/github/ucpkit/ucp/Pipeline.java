package io.github.ucpkit.ucp;

import io.github.ucpkit.ucp.check.Checker;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.load.InputFiles;
import io.github.ucpkit.ucp.load.Loaded;
import io.github.ucpkit.ucp.load.compose.ComposeLoader;
import io.github.ucpkit.ucp.load.yaml.YamlLimits;
import io.github.ucpkit.ucp.load.yaml.YamlReader;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The pipeline behind every goal: load → model → check (then emit → write for generation). */
public final class Pipeline {

  /**
   * @param compose files or directories, as the {@code compose} parameter gives them
   * @param exclude paths a directory walk must not pick up (topology spec, output directory)
   * @param environment the process environment, which wins over {@code .env}
   */
  public record Request(List<Path> compose, Set<Path> exclude, Map<String, String> environment) {}

  /** What validation found; {@code inputs} holds every file that could be read into the model. */
  public record Validated(Inputs inputs, List<Diagnostic> diagnostics, int filesChecked) {

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  private Pipeline() {}

  public static Validated validate(Request request) {
    InputFiles.Resolved files = InputFiles.resolve(request.compose(), request.exclude());
    List<Diagnostic> diagnostics = new ArrayList<>(files.diagnostics());
    ComposeLoader loader = new ComposeLoader(new YamlReader(YamlLimits.DEFAULT), request.environment());
    List<ComposeFile> loaded = new ArrayList<>();
    for (Path file : files.files()) {
      Loaded<ComposeFile> result = loader.load(file);
      diagnostics.addAll(result.diagnostics());
      result.value().ifPresent(loaded::add);
    }
    Inputs inputs = new Inputs(loaded);
    diagnostics.addAll(new Checker(Rules.all()).check(inputs));
    diagnostics.sort(null);
    return new Validated(inputs, List.copyOf(diagnostics), files.files().size());
  }
}
