package io.github.ucpkit.ucp;

import io.github.ucpkit.ucp.check.Checker;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.Generator;
import io.github.ucpkit.ucp.emit.Placement;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.InputFiles;
import io.github.ucpkit.ucp.load.Loaded;
import io.github.ucpkit.ucp.load.compose.ComposeLoader;
import io.github.ucpkit.ucp.load.compose.ProjectNames;
import io.github.ucpkit.ucp.load.yaml.ReadOnce;
import io.github.ucpkit.ucp.load.yaml.YamlLimits;
import io.github.ucpkit.ucp.load.yaml.YamlReader;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.DeployTime;
import io.github.ucpkit.ucp.model.compose.DeployWith;
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
   * @param naming how each file's project name is chosen
   * @param deployWith the tool the Compose files are meant for ({@code auto}: decided per file)
   */
  public record Request(
      List<Path> compose, Optional<Path> topology, Set<Path> exclude, Map<String, String> environment,
      ProjectNames.Naming naming, DeployWith deployWith) {

    /** Project names as docker-compose derives them from the folders; each file deployed with the tool it suggests. */
    public Request(List<Path> compose, Optional<Path> topology, Set<Path> exclude, Map<String, String> environment) {
      this(compose, topology, exclude, environment, ProjectNames.Naming.folders(), DeployWith.AUTO);
    }

    public Request(
        List<Path> compose, Optional<Path> topology, Set<Path> exclude, Map<String, String> environment,
        ProjectNames.Naming naming) {
      this(compose, topology, exclude, environment, naming, DeployWith.AUTO);
    }

    public Request(
        List<Path> compose, Optional<Path> topology, Set<Path> exclude, Map<String, String> environment, DeployWith deployWith) {
      this(compose, topology, exclude, environment, ProjectNames.Naming.folders(), deployWith);
    }

    /** A request without a topology spec. */
    public Request(List<Path> compose, Set<Path> exclude, Map<String, String> environment) {
      this(compose, Optional.empty(), exclude, environment);
    }
  }

  /** What a run keeps of each file once that file's own rules have run. */
  public enum Keep {
    /** The YAML documents too: rendering copies them into the app artifacts. */
    DOCUMENTS,
    /** The model only: enough for the cross-file rules and the reports, and small for thousands of files. */
    MODEL
  }

  /** What validation found; {@code inputs} holds every file that could be read into the model. */
  public record Validated(Inputs inputs, List<Diagnostic> diagnostics, int filesChecked, Keep kept) {

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Facts for the summary line: "3 controllers tolerate 1 failure", and the registry's replicas likewise. */
    public List<String> facts() {
      List<String> facts = new ArrayList<>();
      long stack = inputs.compose().stream().filter(ComposeFile::forStack).count();
      if (stack > 0) {
        facts.add(stack + " file" + (stack == 1 ? "" : "s") + " for docker stack deploy");
      }
      facts.addAll(inputs.topology().map(t -> t.quorums().stream().map(q -> {
        int n = q.count();
        int k = q.failureTolerance();
        return q.role().count(n) + " tolerate" + (n == 1 ? "s " : " ") + k + " failure" + (k == 1 ? "" : "s");
      }).toList()).orElse(List.of()));
      return facts;
    }
  }

  private Pipeline() {}

  /** Renders every artifact of a validation that found no error; pure, nothing is written. */
  public static List<Artifact> render(Validated validated, Path basedir, SerialPolicy serials) {
    return render(validated, Placement.of(basedir), serials);
  }

  /** Renders for artifacts that will lie in {@code placement}'s output directory. */
  public static List<Artifact> render(Validated validated, Placement placement, SerialPolicy serials) {
    if (validated.hasErrors()) {
      throw new IllegalStateException("refusing to render from inputs with errors");
    }
    if (validated.kept() != Keep.DOCUMENTS) {
      throw new IllegalStateException("rendering needs the documents, which this validation did not keep");
    }
    return Generator.render(validated.inputs(), placement, serials);
  }

  public static Validated validate(Request request) {
    return validate(request, Disk.real(), name -> Optional.ofNullable(request.environment().get(name)), Keep.DOCUMENTS);
  }

  /**
   * @param disk where every file is read (a recording disk tells the cache what the run depended on)
   * @param environment the process environment as a lookup, for the same reason
   * @param keep whether the documents stay in the result (to render) or only the model (to validate)
   */
  public static Validated validate(
      Request request, Disk disk, Function<String, Optional<String>> environment, Keep keep) {
    // compiling the schema is most of a cold run's fixed cost; it need not wait for the files
    try (Background schema = Background.start("ucp-schema", ComposeLoader::prepare)) {
      return load(request, disk, environment, keep);
    }
  }

  private static Validated load(Request request, Disk disk, Function<String, Optional<String>> environment, Keep keep) {
    InputFiles.Resolved files = InputFiles.resolve(request.compose(), request.exclude(), disk);
    Map<Path, String> projects = ProjectNames.assign(files.files(), request.naming(), disk);
    List<Diagnostic> diagnostics = new ArrayList<>(files.diagnostics());
    YamlReader reader = new YamlReader(YamlLimits.DEFAULT, disk);
    ComposeLoader loader = new ComposeLoader(reader, environment, disk, request.deployWith());
    Checker checker = new Checker(Rules.all());
    // files are independent projects: load and check each in parallel, collect them in file order
    IntStream indexes = IntStream.range(0, files.files().size());
    List<Loaded<ComposeFile>> results = (files.files().size() > 4 ? indexes.parallel() : indexes)
        .mapToObj(i -> {
          Path file = files.files().get(i);
          return loadAndCheck(loader, reader, checker, disk, file, projects.get(file), keep);
        })
        .toList();
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
    diagnostics.addAll(checker.checkProject(inputs));
    redactSecrets(diagnostics, DeployTime.secretsOf(loaded));
    diagnostics.sort(null);
    return new Validated(inputs, List.copyOf(diagnostics), checked, keep);
  }

  /**
   * A rule may echo a value it found wrong; the value of a variable with a secret's name (from the
   * environment or .env) is shown as {@code ${NAME}} instead, in every message and hint, since the
   * console, SARIF and report.html end up in CI logs and uploaded artifacts.
   */
  private static void redactSecrets(List<Diagnostic> diagnostics, DeployTime secrets) {
    if (secrets.secrets().isEmpty()) {
      return;
    }
    diagnostics.replaceAll(d -> new Diagnostic(d.ruleId(), d.severity(), d.at(), secrets.redact(d.message()), secrets.redact(d.hint())));
  }

  private static Loaded<ComposeFile> loadAndCheck(
      ComposeLoader loader, YamlReader reader, Checker checker, Disk disk, Path file, String project, Keep keep) {
    ReadOnce extended = new ReadOnce(reader);
    Loaded<ComposeFile> loaded = loader.load(file, project, extended);
    if (loaded.value().isEmpty()) {
      return loaded;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
    diagnostics.addAll(checker.checkFile(loaded.value().get(), disk, extended));
    ComposeFile kept = keep == Keep.DOCUMENTS ? loaded.value().get() : loaded.value().get().withoutDocuments();
    return new Loaded<>(Optional.of(kept), diagnostics);
  }
}
