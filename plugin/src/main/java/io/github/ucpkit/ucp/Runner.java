package io.github.ucpkit.ucp;

import io.github.ucpkit.ucp.cache.CacheEntry;
import io.github.ucpkit.ucp.cache.PluginBuild;
import io.github.ucpkit.ucp.cache.RecordingDisk;
import io.github.ucpkit.ucp.cache.RecordingEnvironment;
import io.github.ucpkit.ucp.cache.RunCache;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.Placement;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.policy.Baseline;
import io.github.ucpkit.ucp.policy.Policy;
import io.github.ucpkit.ucp.policy.Review;
import io.github.ucpkit.ucp.policy.Reviewed;
import io.github.ucpkit.ucp.policy.Tally;
import io.github.ucpkit.ucp.report.HtmlReport;
import io.github.ucpkit.ucp.report.SarifReport;
import io.github.ucpkit.ucp.write.ArtifactWriter;
import io.github.ucpkit.ucp.write.Destinations;
import io.github.ucpkit.ucp.write.Drift;
import io.github.ucpkit.ucp.write.OutputDirectory;
import io.github.ucpkit.ucp.write.SafeFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The three goals as plain calls: validate, generate, check. The run cache only ever saves pure
 * work: validation's findings, when nothing the last run read has changed (same plugin build,
 * request, files and variables). {@code generate} and {@code check} always read the output
 * directory, and reuse the last run only when it holds exactly what that run's artifacts leave
 * there; otherwise they render. A verdict is never taken from the cache that a full run would not give.
 */
public final class Runner {

  /**
   * @param cacheDirectory where the last run of each goal is remembered; empty to always run in full
   */
  public record Settings(
      Path basedir, Path outputDirectory, Path reportDirectory, Optional<Path> cacheDirectory, String outputTimestamp,
      String version, Policy policy) {

    /** Settings without a policy: every rule at its default severity, no baseline. */
    public Settings(Path basedir, Path outputDirectory, Path reportDirectory, Optional<Path> cacheDirectory,
        String outputTimestamp, String version) {
      this(basedir, outputDirectory, reportDirectory, cacheDirectory, outputTimestamp, version, Policy.NONE);
    }
  }

  /**
   * What a goal found and did. {@code diagnostics}: the findings the build shows, after the policy;
   * {@code reused}: nothing changed since the last run, its results stand; {@code tally}: what the
   * policy kept from the build.
   */
  public record Outcome(
      List<Diagnostic> diagnostics,
      int filesChecked,
      List<String> facts,
      boolean reused,
      Optional<ArtifactWriter.Result> written,
      List<Drift.FileDrift> drift,
      Tally tally) {

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Whether the inputs have errors the policy keeps from the build, which still stop rendering. */
    public boolean renderingBlocked() {
      return !hasErrors() && !tally.silencedErrors().isEmpty();
    }
  }

  private enum Goal { VALIDATE, GENERATE, CHECK }

  private Runner() {}

  public static Outcome validate(Pipeline.Request request, Settings s) throws IOException {
    return run(Goal.VALIDATE, request, s);
  }

  public static Outcome generate(Pipeline.Request request, Settings s) throws IOException {
    return run(Goal.GENERATE, request, s);
  }

  public static Outcome check(Pipeline.Request request, Settings s) throws IOException {
    return run(Goal.CHECK, request, s);
  }

  private static Outcome run(Goal goal, Pipeline.Request request, Settings s) throws IOException {
    refuseOverlaps(request, s);
    directory("reportDirectory", SafeFiles.refuseLinks(s.basedir(), s.reportDirectory()));
    if (s.cacheDirectory().isPresent()) {
      directory("the cache directory", SafeFiles.refuseLinks(s.basedir(), s.cacheDirectory().get()));
    }
    String key = key(request, s);
    Optional<RunCache> cache = s.cacheDirectory().map(dir -> new RunCache(dir, goal.name().toLowerCase(Locale.ROOT)));
    Optional<CacheEntry> hit = cache.flatMap(c -> c.lookup(key, request.environment()));
    if (hit.isPresent()) {
      Optional<Outcome> reused = reuse(goal, hit.get(), s);
      if (reused.isPresent() && cache.get().restoreReports(s.reportDirectory(), hit.get().reports())) {
        return reused.get();
      }
    }
    try (Background report = Background.start("ucp-report", HtmlReport::prepare)) {
      return full(goal, request, s, key, cache);
    }
  }

  private static Outcome full(Goal goal, Pipeline.Request request, Settings s, String key, Optional<RunCache> cache)
      throws IOException {
    RecordingDisk disk = new RecordingDisk(Disk.real(), cache.isPresent());
    RecordingEnvironment environment = new RecordingEnvironment(request.environment());
    Review review = new Review(s.policy(), Rules.catalog(), disk, s.basedir());
    Optional<Baseline> baseline = review.baseline();
    Pipeline.Validated v = Pipeline.validate(request, disk, environment,
        goal == Goal.VALIDATE ? Pipeline.Keep.MODEL : Pipeline.Keep.DOCUMENTS);
    Reviewed reviewed = review.apply(v.diagnostics(), sources(v), baseline);
    // an error the policy keeps from the build still keeps its inputs from being rendered
    boolean renderable = !v.hasErrors() && reviewed.reported().stream().noneMatch(Diagnostic::isError);
    Optional<List<Artifact>> artifacts = Optional.empty();
    Optional<ArtifactWriter.Result> written = Optional.empty();
    List<Drift.FileDrift> drift = List.of();
    SerialPolicy serials = SerialPolicy.of(s.outputTimestamp());
    if (goal != Goal.VALIDATE && renderable) {
      refuseStackFilesOutsideTheProject(v, s);
    }
    if (goal == Goal.GENERATE && renderable) {
      refuseWritingOverInputs(disk, s.outputDirectory());
      // the serial follows the zone already there: render and write under one lock
      try (OutputDirectory out = OutputDirectory.forWriting(s.outputDirectory(), s.basedir())) {
        artifacts = Optional.of(Pipeline.render(v, new Placement(s.basedir(), s.outputDirectory()), serials.withPrevious(out::current)));
        written = Optional.of(out.replace(artifacts.get()));
      }
    } else if (goal == Goal.CHECK && renderable) {
      try (OutputDirectory out = OutputDirectory.forReading(s.outputDirectory(), s.basedir())) {
        artifacts = Optional.of(Pipeline.render(v, new Placement(s.basedir(), s.outputDirectory()), serials.withPrevious(out::current)));
        drift = out.drift(artifacts.get());
      }
    }
    Map<String, String> reports = writeReports(v, reviewed, artifacts, s);
    Tally tally = reviewed.tally();
    if (cache.isPresent()) {
      Map<String, String> hashes = new LinkedHashMap<>();
      reports.forEach((name, content) -> hashes.put(name, Artifact.sha256(content)));
      try {
        cache.get().store(new CacheEntry(key, RunCache.facts(disk, environment), v.filesChecked(), v.facts(),
            reviewed.reported(), artifacts.map(Runner::hashes), hashes, tally), reports);
      } catch (IOException e) {
        // the cache only saves time: a run that cannot remember itself is still a complete run
      }
    }
    return new Outcome(reviewed.reported(), v.filesChecked(), v.facts(), false, written, drift, tally);
  }

  /** The files the policy scans for {@code # ucp-ignore} comments besides those with findings. */
  /**
   * A stack file's artifact reaches its input's files by a relative path from the output directory
   * (docker stack deploy resolves them from the file it is given); from an output directory outside
   * the project that path would name the checkout folder, and a clone under another name would fail
   * {@code check}. Refused with the setting to change, as overlapping directories are.
   */
  private static void refuseStackFilesOutsideTheProject(Pipeline.Validated v, Settings s) throws IOException {
    Path base = s.basedir().toAbsolutePath().normalize();
    Path out = s.outputDirectory().toAbsolutePath().normalize();
    Optional<ComposeFile> stack = v.inputs().compose().stream().filter(ComposeFile::forStack).findFirst();
    if (stack.isPresent() && !out.startsWith(base)) {
      throw new IOException("outputDirectory " + out + " cannot be used: it lies outside the project directory " + base
          + ", and the artifact of " + stack.get().path().getFileName() + " (read for docker stack deploy) would reach its"
          + " files through the checkout folder's name; give it a directory inside the project");
    }
  }

  public static List<Path> sources(Pipeline.Validated v) {
    List<Path> out = new ArrayList<>();
    v.inputs().compose().forEach(c -> out.add(c.path()));
    v.inputs().topology().ifPresent(t -> out.add(t.path()));
    return out;
  }

  /**
   * The last run's outcome, when a full run now would give the same: always for validation; for
   * generate and check, when the findings stop them before the output directory matters, or when
   * the directory holds exactly what the recorded artifacts leave (then a full run would write
   * nothing and find no drift).
   */
  private static Optional<Outcome> reuse(Goal goal, CacheEntry e, Settings s) throws IOException {
    boolean errors = e.diagnostics().stream().anyMatch(Diagnostic::isError) || !e.tally().silencedErrors().isEmpty();
    Optional<ArtifactWriter.Result> written = Optional.empty();
    if (goal != Goal.VALIDATE && !errors) {
      if (e.artifacts().isEmpty()) {
        return Optional.empty();
      }
      try (OutputDirectory out = OutputDirectory.forReading(s.outputDirectory(), s.basedir())) {
        if (!out.holds(e.artifacts().get())) {
          return Optional.empty();
        }
      }
      if (goal == Goal.GENERATE) {
        written = Optional.of(new ArtifactWriter.Result(
            List.of(), List.copyOf(new TreeSet<>(e.artifacts().get().keySet())), List.of(), false));
      }
    }
    return Optional.of(new Outcome(e.diagnostics(), e.filesChecked(), e.summaryFacts(), true, written, List.of(), e.tally()));
  }

  private static void directory(String what, Path dir) throws IOException {
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(what + " " + dir + " exists and is not a directory; give it a directory of its own");
    }
  }

  /**
   * The inputs are known only once they are read: an {@code extends} file, an {@code env_file} or a
   * {@code .env} inside the output directory would be overwritten or removed by the switch.
   */
  private static void refuseWritingOverInputs(RecordingDisk disk, Path outputDirectory) throws IOException {
    Path out = outputDirectory.toAbsolutePath().normalize();
    for (Path read : disk.read()) {
      if (read.startsWith(out)) {
        throw new IOException("outputDirectory " + out + " cannot be used: it holds the input " + read
            + ", which the Compose files read; give it a directory of its own");
      }
    }
  }

  static void refuseOverlaps(Pipeline.Request request, Settings s) throws IOException {
    Map<String, Path> writes = new LinkedHashMap<>();
    writes.put("outputDirectory", s.outputDirectory());
    writes.put("reportDirectory", s.reportDirectory());
    s.cacheDirectory().ifPresent(c -> writes.put("the cache directory", c));
    List<Path> inputs = new ArrayList<>(request.compose());
    request.topology().ifPresent(inputs::add);
    Destinations.refuseOverlaps(s.basedir(), writes, inputs);
  }

  private static Map<String, String> writeReports(
      Pipeline.Validated v, Reviewed reviewed, Optional<List<Artifact>> artifacts, Settings s) throws IOException {
    Map<String, String> reports = new LinkedHashMap<>();
    // two independent renderings and writes of thousands of findings, on a machine with at least two cores
    CompletableFuture<String> sarifAsync = CompletableFuture.supplyAsync(() -> {
      String rendered = SarifReport.render(reviewed, Rules.catalog(), s.policy().rules(), s.basedir(), s.version());
      try {
        SafeFiles.write(s.reportDirectory(), "ucp.sarif", rendered);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return rendered;
    });
    // the page shows what the build shows; the cluster is drawn only from inputs without errors
    Inputs shown = reviewed.silencedErrors().isEmpty() ? v.inputs()
        : new Inputs(v.inputs().compose(), Optional.empty(), v.inputs().disk());
    String html = HtmlReport.render(new Pipeline.Validated(shown, reviewed.reported(), v.filesChecked(), v.kept()),
        artifacts, s.basedir(), s.version());
    SafeFiles.write(s.reportDirectory(), "report.html", html);
    String sarif;
    try {
      sarif = sarifAsync.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
    reports.put("ucp.sarif", sarif);
    reports.put("report.html", html);
    return reports;
  }

  private static Map<String, String> hashes(List<Artifact> artifacts) {
    Map<String, String> out = new LinkedHashMap<>();
    artifacts.forEach(a -> out.put(a.name(), a.sha256()));
    return out;
  }

  private static String key(Pipeline.Request r, Settings s) {
    return String.join("|", PluginBuild.identity(), r.compose().toString(), r.topology().toString(),
        new TreeSet<>(r.exclude()).toString(), r.naming().toString(), r.deployWith().toString(),
        s.basedir().toAbsolutePath().toString(), String.valueOf(s.outputTimestamp()), s.policy().key());
  }
}
