package io.github.ucpkit.ucp.maven;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.compose.ProjectNames;
import io.github.ucpkit.ucp.model.compose.DeployWith;
import io.github.ucpkit.ucp.policy.Policy;
import io.github.ucpkit.ucp.policy.PolicyException;
import io.github.ucpkit.ucp.policy.RuleSettings;
import io.github.ucpkit.ucp.report.LogText;
import io.github.ucpkit.ucp.write.ArtifactWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the parameters, turning them into a run, logging its findings, and mapping
 * outcomes to Maven's exceptions in one place.
 */
abstract class AbstractUcpMojo extends AbstractMojo {


  static final String DEFAULT_BASELINE = "ucp-baseline.json";

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

  /**
   * How the Compose files are deployed, which decides how they are read and checked: {@code compose}
   * (docker-compose 1.29.2), {@code stack} ({@code docker stack deploy}, the docker CLI 28), or
   * {@code auto}: a 2.x file is for docker-compose, a 3.x or versionless file for docker stack deploy
   * when it uses settings only a swarm honours (such as {@code deploy.placement} or {@code configs}),
   * else for docker-compose.
   */
  @Parameter(property = "ucp.deployWith", defaultValue = "auto")
  private String deployWith;

  /** Fail the build on warnings too (a {@code :latest} image, a single name server), not only on errors. */
  @Parameter(property = "ucp.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Skip every goal of this plugin; {@code ucp.validate.skip}, {@code ucp.generate.skip} and {@code ucp.check.skip} skip one. */
  @Parameter(property = "ucp.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Rule settings: a rule id or a group mapped to {@code off}, {@code error}, {@code warning} or
   * {@code note}, as {@code COMPOSE-IMG-001=off} or {@code LB-*=warning}. A rule takes the setting of its
   * id, else of the longest group containing it. In the pom, one {@code <rule>} element per setting;
   * on the command line {@code -Ducp.rules=COMPOSE-IMG-001=off,LB-*=warning}. A setting that names no
   * rule fails the build.
   */
  @Parameter(property = "ucp.rules")
  private List<String> rules;

  /**
   * The baseline of known findings ({@code ucp:baseline} writes it): findings it lists are skipped, and
   * the build fails only on new ones. Default: {@code ucp-baseline.json} in the project directory when
   * that file exists. A file named here must exist; {@code none} uses no baseline.
   */
  @Parameter(property = "ucp.baseline")
  private String baseline;

  /**
   * Reuse the last run's results when nothing it read has changed (the same plugin build, the same
   * files, the same variables); {@code false} always runs in full.
   */
  @Parameter(property = "ucp.cache", defaultValue = "true")
  private boolean cache;

  @Parameter(defaultValue = "${project.build.directory}/ucp-cache", readonly = true)
  private File cacheDirectory;

  /**
   * The docker-compose project name the app artifacts are deployed under ({@code docker-compose -p}):
   * it names each app artifact and the networks the load balancer joins. Default: {@code COMPOSE_PROJECT_NAME}
   * from the committed {@code .env} beside the Compose file; else the name of the Compose file's folder
   * when that folder is inside the project; else the pom's artifactId (never the checkout folder's
   * name, which differs between clones). Several Compose files that would share a name each take
   * {@code <name>-<file name>}.
   */
  @Parameter(property = "ucp.projectName")
  private String projectName;

  @Parameter(defaultValue = "${project.artifactId}", readonly = true)
  private String artifactId;

  /** The pom, when there is one: without it ({@code requiresProject = false}) Maven's artifactId is a placeholder. */
  @Parameter(defaultValue = "${project.file}", readonly = true)
  private File pom;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  private File buildDirectory;

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
    Optional<String> skippedBy = goalSkip();
    if (skippedBy.isPresent()) {
      getLog().info("ucp: " + goal() + " skipped (" + skippedBy.get() + "=true)");
      return;
    }
    Path spec = topology();
    if (!spec.equals(basedir().resolve(Disk.DEFAULT_TOPOLOGY)) && !Files.isRegularFile(spec)) {
      // a spec named on purpose that is not there must not quietly turn the cluster artifacts off
      throw new MojoExecutionException("ucp: the topology spec " + LogText.escape(spec.toString())
          + " (ucp.topology) does not exist or is not a regular file");
    }
    if (composeInputs().isEmpty() && !Files.isRegularFile(spec) && !outputsWithoutInputs()) {
      getLog().info("ucp: no Compose file or topology spec in " + LogText.escape(basedir().toString())
          + " (set ucp.compose); nothing to do");
      return;
    }
    DeployWith with = deployWith == null ? DeployWith.AUTO : DeployWith.parse(deployWith).orElseThrow(
        () -> new MojoExecutionException("ucp: deployWith must be auto, compose or stack, not \"" + LogText.escape(deployWith) + "\""));
    try {
      Runner.Outcome outcome = run(request(with), settings());
      log(outcome);
      report(outcome);
      gate(outcome);
    } catch (PolicyException e) {
      throw new MojoExecutionException("ucp: " + LogText.escape(e.getMessage()), e);
    } catch (IOException e) {
      throw new MojoExecutionException("ucp: " + LogText.escape(String.valueOf(e.getMessage())), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("ucp: unexpected failure, please report it: " + LogText.escape(e.toString()), e);
    }
  }

  /**
   * Whether the goal still has work when no input is found: artifacts generated earlier are then
   * stale (the inputs were renamed or removed), which generate cleans up and check reports.
   */
  boolean outputsWithoutInputs() {
    return false;
  }

  /** Whether the output directory holds a set this plugin generated (its manifest). */
  final boolean generatedBefore() {
    return Files.exists(outputDirectory().resolve(ArtifactWriter.MANIFEST), LinkOption.NOFOLLOW_LINKS);
  }

  /** The goal's name, as messages give it. */
  abstract String goal();

  /** The property that skips this goal alone, when it is set. */
  Optional<String> goalSkip() {
    return Optional.empty();
  }

  /** Whether the goal writes the baseline rather than reading it. */
  boolean writesBaseline() {
    return false;
  }

  /** The goal's run. */
  abstract Runner.Outcome run(Pipeline.Request request, Runner.Settings settings) throws IOException;

  /** What the goal says about its own work, after the findings; fails for goal-specific reasons. */
  abstract void report(Runner.Outcome outcome) throws MojoFailureException;

  Path basedir() {
    if (basedir != null) {
      return basedir.toPath();
    }
    return executionRoot != null ? executionRoot.toPath() : Path.of("").toAbsolutePath();
  }

  Path outputDirectory() {
    return resolve(outputDirectory, "target/ucp");
  }

  /** Whether the output directory is build output ({@code target/}) rather than something committed. */
  boolean outputIsBuildOutput() {
    return outputDirectory().startsWith(resolve(buildDirectory, "target"));
  }

  /**
   * What the goals of this plugin tell each other within one build of one project (Maven keeps one
   * such map per plugin and project).
   */
  @SuppressWarnings("unchecked")
  BuildMemory memory() {
    Map<Object, Object> context = getPluginContext();
    if (context == null) {
      return new BuildMemory();
    }
    synchronized (context) {
      return (BuildMemory) context.computeIfAbsent(BuildMemory.class.getName(), k -> new BuildMemory());
    }
  }

  private Path topology() {
    return resolve(topology, Disk.DEFAULT_TOPOLOGY);
  }

  private Path resolve(File f) {
    return f.isAbsolute() ? f.toPath() : basedir().resolve(f.toPath());
  }

  /** Without a pom, defaults built from project expressions stay unexpanded; use the conventional path. */
  private Path resolve(File f, String conventional) {
    return f == null || f.getPath().contains("${") ? basedir().resolve(conventional) : resolve(f);
  }

  /** The Compose inputs: as configured, else the first conventional file name present. */
  private List<Path> composeInputs() {
    List<File> given = compose == null ? List.of() : compose.stream().filter(f -> f != null && !f.getPath().isBlank()).toList();
    if (!given.isEmpty()) {
      return given.stream().map(this::resolve).toList();
    }
    for (String name : DEFAULT_COMPOSE) {
      Path p = basedir().resolve(name);
      if (Files.isRegularFile(p)) {
        return List.of(p);
      }
    }
    return List.of();
  }

  private Pipeline.Request request(DeployWith with) {
    Path reports = resolve(reportDirectory, "target/ucp-reports");
    Optional<String> pomDefault = pom != null && pom.isFile() && artifactId != null ? Optional.of(artifactId) : Optional.empty();
    ProjectNames.Naming naming = new ProjectNames.Naming(
        Optional.ofNullable(projectName).filter(n -> !n.isBlank()), pomDefault, basedir());
    return new Pipeline.Request(
        // a set that tolerates equal paths: overlapping settings are refused later with a clear message
        composeInputs(), Optional.of(topology()), new HashSet<>(List.of(topology(), outputDirectory(), reports)), System.getenv(),
        naming, with);
  }

  private Runner.Settings settings() {
    String version = getClass().getPackage().getImplementationVersion();
    Optional<Path> cacheDir = cache ? Optional.of(resolve(cacheDirectory, "target/ucp-cache")) : Optional.empty();
    return new Runner.Settings(basedir(), outputDirectory(), resolve(reportDirectory, "target/ucp-reports"), cacheDir,
        outputTimestamp, version == null ? "dev" : version, policy());
  }

  /** The rule settings and the baseline, from the parameters. */
  private Policy policy() {
    // the catalogue builds every rule (about 75 ms of class loading): only a setting needs it
    boolean written = rules != null && rules.stream().anyMatch(r -> r != null && !r.isBlank());
    RuleSettings settings = written ? RuleSettings.parse(rules, Rules.catalog()) : RuleSettings.none();
    if (baseline == null || baseline.isBlank() || baseline.contains("${")) {
      return new Policy(settings, Optional.of(basedir().resolve(DEFAULT_BASELINE)), false);
    }
    if (baseline.strip().equalsIgnoreCase("none")) {
      if (writesBaseline()) {
        throw new PolicyException("ucp:baseline needs a file to write; ucp.baseline=none names none");
      }
      return new Policy(settings, Optional.empty(), false);
    }
    return new Policy(settings, Optional.of(resolve(new File(baseline.strip()))), true);
  }

  /** Each finding once per build: a later goal that finds the same prints only its summary. */
  void log(Runner.Outcome o) {
    FindingsLog.print(getLog(), o, memory(), basedir());
  }

  /** Fails on errors, and on warnings with {@code failOnWarning}; notes never fail. */
  void gate(Runner.Outcome o) throws MojoFailureException {
    FindingsLog.gate(o, failOnWarning, basedir());
  }

  /** For the goals that render: see {@link FindingsLog#refuseSilencedErrors}. */
  void refuseSilencedErrors(Runner.Outcome o) throws MojoFailureException {
    FindingsLog.refuseSilencedErrors(getLog(), o, goal(), basedir());
  }
}
