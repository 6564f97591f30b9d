package io.github.ucpkit.ucp;

import io.github.ucpkit.ucp.check.Checker;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.Generator;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.InputFiles;
import io.github.ucpkit.ucp.load.Loaded;
import io.github.ucpkit.ucp.load.compose.ComposeLoader;
import io.github.ucpkit.ucp.load.yaml.YamlLimits;
import io.github.ucpkit.ucp.load.yaml.YamlReader;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.load.topology.TopologyLoader;
import io.github.ucpkit.ucp.model.topology.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.Set;

/** The pipeline behind every goal: load → model → check, then emit for generation and drift checks. */
public final class Pipeline {

  /**
   * @param compose files or directories, as the {@code compose} parameter gives them
   * @param exclude paths a directory walk must not pick up (topology spec, output directory)
   * @param environment the process environment, which wins over {@code .env}
   */
  public record Request(List<Path> compose, Optional<Path> topology, Set<Path> exclude, Map<String, String> environment) {

    /** A request without a topology spec. */
    public Request(List<Path> compose, Set<Path> exclude, Map<String, String> environment) {
      this(compose, Optional.empty(), exclude, environment);
    }
  }

  /** What validation found; {@code inputs} holds every file that could be read into the model. */
  public record Validated(Inputs inputs, List<Diagnostic> diagnostics, int filesChecked) {

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Facts for the summary line: "3 controllers tolerate 1 failure". */
    public List<String> facts() {
      return inputs.topology().map(t -> {
        int n = t.controllers().count();
        int k = t.controllers().failureTolerance();
        return List.of(n + " controller" + (n == 1 ? "" : "s") + " tolerate" + (n == 1 ? "s " : " ") + k
            + " failure" + (k == 1 ? "" : "s"));
      }).orElse(List.of());
    }
  }

  private Pipeline() {}

  /** Renders every artifact of a validation that found no error; pure, nothing is written. */
  public static List<Artifact> render(Validated validated, Path basedir, SerialPolicy serials) {
    if (validated.hasErrors()) {
      throw new IllegalStateException("refusing to render from inputs with errors");
    }
    return Generator.render(validated.inputs(), basedir, serials);
  }

  public static Validated validate(Request request) {
    return validate(request, Disk.real(), name -> Optional.ofNullable(request.environment().get(name)));
  }

  /**
   * @param disk where every file is read (a recording disk tells the cache what the run depended on)
   * @param environment the process environment as a lookup, for the same reason
   */
  public static Validated validate(Request request, Disk disk, Function<String, Optional<String>> environment) {
    InputFiles.Resolved files = InputFiles.resolve(request.compose(), request.exclude(), disk);
    List<Diagnostic> diagnostics = new ArrayList<>(files.diagnostics());
    YamlReader reader = new YamlReader(YamlLimits.DEFAULT, disk);
    ComposeLoader loader = new ComposeLoader(reader, environment, disk);
    // files are independent projects: load them in parallel, collect them in file order
    IntStream indexes = IntStream.range(0, files.files().size());
    List<Loaded<ComposeFile>> results =
        (files.files().size() > 4 ? indexes.parallel() : indexes).mapToObj(i -> loader.load(files.files().get(i))).toList();
    List<ComposeFile> loaded = new ArrayList<>();
    for (Loaded<ComposeFile> result : results) {
      diagnostics.addAll(result.diagnostics());
      result.value().ifPresent(loaded::add);
    }
    Optional<Topology> topology = Optional.empty();
    int checked = files.files().size();
    if (request.topology().isPresent() && disk.kind(request.topology().get()) == Disk.Kind.FILE) {
      Loaded<Topology> result = new TopologyLoader(reader).load(request.topology().get());
      diagnostics.addAll(result.diagnostics());
      topology = result.value();
      checked++;
    }
    Inputs inputs = new Inputs(loaded, topology, disk);
    diagnostics.addAll(new Checker(Rules.all()).check(inputs));
    diagnostics.sort(null);
    return new Validated(inputs, List.copyOf(diagnostics), checked);
  }
}
