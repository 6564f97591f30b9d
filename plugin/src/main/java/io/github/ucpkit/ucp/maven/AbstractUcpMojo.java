package io.github.ucpkit.ucp.maven;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.report.ConsoleReport;
import io.github.ucpkit.ucp.report.HtmlReport;
import io.github.ucpkit.ucp.report.SarifReport;
import io.github.ucpkit.ucp.write.SafeFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the parameters, turning them into a pipeline request, reporting findings,
 * and mapping outcomes to Maven's exceptions in one place.
 */
abstract class AbstractUcpMojo extends AbstractMojo {

  private static final List<String> DEFAULT_COMPOSE =
      List.of("docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml");

  /**
   * Compose files or directories to check. A directory means every {@code *.yml} and {@code *.yaml}
   * below it, each a project of its own. Default: the first of {@code docker-compose.yml},
   * {@code docker-compose.yaml}, {@code compose.yml}, {@code compose.yaml} in the project directory.
   * On the command line: {@code -Ducp.compose=a.yml,apps/}.
   */
  @Parameter(property = "ucp.compose")
  private List<File> compose;

  /**
   * The cluster topology spec (controllers, nodes, load balancers, DNS). Optional: when the file does
   * not exist only the Compose checks run and only the app artifacts are generated.
   */
  @Parameter(property = "ucp.topology", defaultValue = "${project.basedir}/src/main/ucp/topology.yml")
  private File topology;

  /**
   * Where {@code generate} writes the artifacts and {@code check} compares them with what the inputs
   * generate. Give it a directory of its own: {@code generate} removes files it generated before and no
   * longer generates (listed in {@code .ucp-generated}), and {@code check} reports them as extra.
   */
  @Parameter(property = "ucp.outputDirectory", defaultValue = "${project.build.directory}/ucp")
  private File outputDirectory;

  /**
   * Where the reports are written: {@code ucp.sarif} (SARIF 2.1.0, for code scanning) and
   * {@code report.html} (the cluster diagram, the findings and the generated artifacts).
   */
  @Parameter(property = "ucp.reportDirectory", defaultValue = "${project.build.directory}/ucp-reports")
  private File reportDirectory;

  /** Fail the build on warnings too (a {@code :latest} image, a single name server), not only on errors. */
  @Parameter(property = "ucp.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Skip every goal of this plugin. */
  @Parameter(property = "ucp.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  private String outputTimestamp;

  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  private File basedir;

  /** Without a pom ({@code requiresProject = false}) there is no project directory: use where Maven runs. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  private File executionRoot;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("ucp: skipped (ucp.skip=true)");
      return;
    }
    try {
      run();
    } catch (IOException e) {
      throw new MojoExecutionException("ucp: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("ucp: unexpected failure, please report it: " + e, e);
    }
  }

  /** The goal's work; throw {@link MojoFailureException} for problems in the user's input. */
  abstract void run() throws IOException, MojoFailureException;

  Path basedir() {
    if (basedir != null) {
      return basedir.toPath();
    }
    return executionRoot != null ? executionRoot.toPath() : Path.of("").toAbsolutePath();
  }

  Path outputDirectory() {
    return resolve(outputDirectory, "target/ucp");
  }

  Path reportDirectory() {
    return resolve(reportDirectory, "target/ucp-reports");
  }

  Path topology() {
    return resolve(topology, "src/main/ucp/topology.yml");
  }

  private Path resolve(File f) {
    return f.isAbsolute() ? f.toPath() : basedir().resolve(f.toPath());
  }

  /** Without a pom, defaults built from project expressions stay unexpanded; use the conventional path. */
  private Path resolve(File f, String conventional) {
    return f == null || f.getPath().contains("${") ? basedir().resolve(conventional) : resolve(f);
  }

  /** The Compose inputs: as configured, else the first conventional file name present. */
  List<Path> composeInputs() {
    if (compose != null && !compose.isEmpty()) {
      return compose.stream().map(this::resolve).toList();
    }
    for (String name : DEFAULT_COMPOSE) {
      Path p = basedir().resolve(name);
      if (Files.isRegularFile(p)) {
        return List.of(p);
      }
    }
    return List.of();
  }

  /** Validates, reports, and renders the artifacts when there is no error (else fails). */
  List<Artifact> validatedArtifacts() throws IOException, MojoFailureException {
    Pipeline.Validated result = Pipeline.validate(request());
    log(result);
    if (result.hasErrors()) {
      writeReports(result, Optional.empty());
      gate(result);
    }
    List<Artifact> artifacts = Pipeline.render(result, basedir(), serials());
    writeReports(result, Optional.of(artifacts));
    gate(result);
    return artifacts;
  }

  /** Validation only: logs, writes the reports, fails on errors (or warnings). */
  void validateOnly() throws IOException, MojoFailureException {
    Pipeline.Validated result = Pipeline.validate(request());
    log(result);
    writeReports(result, Optional.empty());
    gate(result);
  }

  private SerialPolicy serials() {
    return SerialPolicy.of(outputTimestamp);
  }

  boolean nothingToDo() {
    if (composeInputs().isEmpty() && !Files.isRegularFile(topology())) {
      getLog().info("ucp: no Compose file or topology spec in " + basedir() + " (set ucp.compose); nothing to do");
      return true;
    }
    return false;
  }

  Pipeline.Request request() {
    return new Pipeline.Request(
        composeInputs(),
        Optional.of(topology()),
        Set.of(topology(), outputDirectory(), reportDirectory()),
        System.getenv());
  }

  private void log(Pipeline.Validated result) {
    for (ConsoleReport.Line line : ConsoleReport.lines(result.diagnostics(), basedir())) {
      if (line.level() == Severity.ERROR) {
        getLog().error(line.text());
      } else {
        getLog().warn(line.text());
      }
    }
    getLog().info(ConsoleReport.summary(result.filesChecked(), result.diagnostics(), result.facts()));
  }

  /** {@code ucp.sarif} for code scanning and {@code report.html} for people. */
  private void writeReports(Pipeline.Validated result, Optional<List<Artifact>> artifacts) throws IOException {
    String version = getClass().getPackage().getImplementationVersion();
    version = version == null ? "dev" : version;
    SafeFiles.write(reportDirectory(), "ucp.sarif",
        SarifReport.render(result.diagnostics(), Rules.catalog(), basedir(), version));
    SafeFiles.write(reportDirectory(), "report.html",
        HtmlReport.render(result, artifacts, basedir(), version, serials()));
  }

  private void gate(Pipeline.Validated result) throws MojoFailureException {
    List<Diagnostic> failing = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      if (d.isError() || failOnWarning) {
        failing.add(d);
      }
    }
    if (!failing.isEmpty()) {
      String summary = ConsoleReport.summary(result.filesChecked(), result.diagnostics(), result.facts());
      throw new MojoFailureException(summary + (failOnWarning && !result.hasErrors() ? " (failOnWarning is set)" : "")
          + "; first: " + ConsoleReport.lines(failing.subList(0, 1), basedir()).get(0).text());
    }
  }
}
