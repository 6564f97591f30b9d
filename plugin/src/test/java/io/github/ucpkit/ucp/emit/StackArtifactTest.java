package io.github.ucpkit.ucp.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.e2e.support.Exec;
import io.github.ucpkit.ucp.e2e.support.Tools;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.load.compose.ProjectNames;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.DeployWith;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The app artifact of a file read for {@code docker stack deploy} is that file for the real tool:
 * {@code docker stack config -c <artifact>}, run from another directory, prints what
 * {@code docker stack config -c <input>} prints in the input's folder — the same services, the same
 * absolute paths of secrets, configs and bind mounts, the same environment read from the same
 * {@code env_file}, the same literal {@code $}. Checked on the committed golden files of every
 * scenario with such a file, the MKE sample's committed {@code deploy/ucp}, and the stack-accepted
 * corpus-v3 files that carry a relative path or a {@code $}.
 */
class StackArtifactTest {

  private static final Map<String, String> ENV = Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
  private static final Path CORPUS = Path.of("../corpus-v3");
  /** What the corpus files must hold to be worth the two runs: a relative path the artifact moves, or a dollar sign. */
  private static final Pattern INTERESTING = Pattern.compile("(?m)(env_file|file:|^\\s*-\\s*[\"']?\\.|source:\\s*[\"']?\\.|\\$)");

  @TempDir
  Path tmp;

  @Test
  void goldenStackArtifactsDeployTheSameAsTheirInputs() throws IOException {
    int checked = 0;
    for (Scenario s : Scenario.all()) {
      Pipeline.Validated v = Pipeline.validate(
          new Pipeline.Request(s.compose(), Optional.of(s.topology()), Set.of(s.topology()), Map.of(), s.naming()));
      List<ComposeFile> stack = v.inputs().compose().stream().filter(ComposeFile::forStack).toList();
      Path copy = stack.isEmpty() ? null : copyTree(s.dir(), tmp.resolve(s.name()));
      for (ComposeFile f : stack) {
        Path input = copy.resolve(s.dir().toAbsolutePath().normalize().relativize(f.path().toAbsolutePath().normalize()).toString());
        Path artifact = Files.createDirectories(copy.resolve(s.output())).resolve(f.project() + ".yml");
        Files.copy(s.expected().resolve(f.project() + ".yml"), artifact, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertSameDeployment(input, artifact);
        checked++;
      }
    }
    // sample-project-mke (its committed deploy/ucp), interlock2-dns, interlock2-static, stack-paths
    assertTrue(checked >= 4, "only " + checked + " stack artifacts among the golden files");
  }

  /**
   * Hostile paths and dollars: a folder named with a {@code $}, a space and quotes in paths, a path
   * climbing past the root, a file name with a newline, command-like text, a {@code $} in a key (keys
   * are not interpolated). The artifact must still deploy exactly as its input.
   */
  @Test
  void hostilePathsAndDollarsDeployTheSame() throws IOException {
    Path project = tmp.resolve("hostile");
    Path app = Files.createDirectories(project.resolve("app$x y"));
    Files.createDirectories(app.resolve("we'ird \"dir\""));
    Files.writeString(app.resolve("we'ird \"dir\"/$HOME.env"), "FROM_FILE=1\n");
    Files.writeString(app.resolve("sec\nret.txt"), "fixture\n");
    Path input = Files.writeString(app.resolve("docker-compose.yml"), """
        version: "3.8"
        services:
          web:
            image: "example/web:1.0"
            env_file: "./we'ird \\"dir\\"/$$HOME.env"
            volumes:
              - "../../../../../../../../../../../../tmp:/t"
              - "./we'ird \\"dir\\":/q:ro"
              - {type: bind, source: "../app$$x y", target: /s}
              - {type: bind, source: "$$lit", target: /l}
              - {type: bind, source: "C:data", target: /w}
              - {type: bind, source: '\\\\srv\\share', target: /e}
            environment:
              CMD: "$$(rm -rf /) `id` $${Y} $$$$"
            labels: {"k$$": "v$$"}
            deploy: {labels: {x: "y"}}
            secrets: [s]
        secrets:
          s: {file: "./sec\\nret.txt"}
        configs:
          c: {file: 'C:\\x.txt'}
          u: {file: "http://x/y"}
          v: {file: "a:b"}
        x-note: "$$"
        """);
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(input), Optional.empty(), Set.of(), ENV, DeployWith.STACK));
    assertEquals(List.of(), v.diagnostics().stream().filter(d -> d.isError()).toList());
    ComposeFile file = v.inputs().compose().get(0);
    Artifact a = Pipeline.render(v, Placement.of(project), SerialPolicy.of(Scenario.OUTPUT_TIMESTAMP)).stream()
        .filter(x -> x.name().equals(file.project() + ".yml")).findFirst().orElseThrow();
    assertTrue(a.content().contains("file: \"../../app$$x y/sec\\nret.txt\""), a.content());
    Path artifact = Files.writeString(Files.createDirectories(project.resolve("target/ucp")).resolve(a.name()), a.content());
    assertSameDeployment(input, artifact);
  }

  /**
   * Paths that start with a variable the environment does not set: the default, or the rest after an
   * empty value, is a relative path, which the CLI resolves from the file it is given. The artifact
   * used to keep them as written, so they named files under target/ucp (docker stack config: "open
   * .../target/ucp/a.env: no such file or directory"); a default that is absolute stays as written.
   */
  @Test
  void pathsThatStartWithAnUnsetVariableDeployTheSame() throws IOException {
    Path project = tmp.resolve("variables");
    Path app = Files.createDirectories(project.resolve("app"));
    Files.createDirectories(app.resolve("secrets"));
    Files.createDirectories(app.resolve("data"));
    Files.writeString(app.resolve("secrets/pw.txt"), "fixture\n");
    Files.writeString(app.resolve("a.env"), "FROM_FILE=1\n");
    Path input = Files.writeString(app.resolve("docker-compose.yml"), """
        version: "3.8"
        services:
          web:
            image: "example/web:1.0"
            env_file: ${EF:-a.env}
            volumes:
              - "${DATA:-./data}:/d"
              - {type: bind, source: "${DATA:-./data}", target: /l}
              - {type: bind, source: "${ABS:-/tmp}", target: /a}
            secrets: [s, t]
            configs: [c]
        secrets:
          s: {file: "${SDIR:-./secrets}/pw.txt"}
          t: {file: "${UNSET}secrets/pw.txt"}
        configs:
          c: {file: "${ABS:-/tmp}/../tmp/x"}
        """);
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(input), Optional.empty(), Set.of(), ENV, DeployWith.STACK));
    assertEquals(List.of(), v.diagnostics().stream().filter(d -> d.isError()).toList());
    ComposeFile file = v.inputs().compose().get(0);
    Artifact a = Pipeline.render(v, Placement.of(project), SerialPolicy.of(Scenario.OUTPUT_TIMESTAMP)).stream()
        .filter(x -> x.name().equals(file.project() + ".yml")).findFirst().orElseThrow();
    assertTrue(a.content().contains("file: \"../../app/${SDIR:-./secrets}/pw.txt\""), a.content());
    assertTrue(a.content().contains("file: \"${ABS:-/tmp}/../tmp/x\""), a.content());
    Path artifact = Files.writeString(Files.createDirectories(project.resolve("target/ucp")).resolve(a.name()), a.content());
    assertSameDeployment(input, artifact);
  }

  @Test
  void corpusStackFilesDeployTheSameFromTheirArtifacts() throws IOException {
    List<Path> files = new ArrayList<>();
    List<String> lines = Files.readAllLines(CORPUS.resolve("manifest.tsv"));
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int relpath = header.indexOf("relpath");
    int stackExit = header.indexOf("stack_exit");
    int kind = header.indexOf("entry_kind");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      Path source = CORPUS.resolve(f[relpath]);
      if (f[stackExit].equals("0") && INTERESTING.matcher(Files.readString(source)).find()) {
        int i = files.size();
        Path dir = tmp.resolve("c" + i);
        Path at = dir.resolve("app");
        files.add(f[kind].equals("dir") ? copyTree(source.getParent(), at).resolve(source.getFileName().toString())
            : Files.copy(source, Files.createDirectories(at).resolve(source.getFileName().toString())));
      }
    }
    int compared = 0;
    for (Path input : files) {
      Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(input), Optional.empty(), Set.of(), ENV,
          ProjectNames.Naming.folders(), DeployWith.STACK));
      if (v.hasErrors()) {
        continue; // our stricter rules refuse it (CorpusV3AgreementTest explains each): no artifact to compare
      }
      Path project = input.getParent().getParent();
      List<Artifact> artifacts = Pipeline.render(v, Placement.of(project), SerialPolicy.of(Scenario.OUTPUT_TIMESTAMP));
      ComposeFile file = v.inputs().compose().get(0);
      Artifact app = artifacts.stream().filter(a -> a.name().equals(file.project() + ".yml")).findFirst().orElseThrow();
      Path artifact = Files.writeString(Files.createDirectories(project.resolve("target/ucp")).resolve(app.name()),
          app.content(), StandardCharsets.UTF_8);
      assertSameDeployment(input, artifact);
      compared++;
    }
    System.out.println("stack artifacts: " + compared + " corpus-v3 files compared with docker stack config, of "
        + files.size() + " stack-accepted files with a relative path or a $");
    assertTrue(compared > 100, "only " + compared + " corpus files compared");
  }

  /** Both files through {@code docker stack config}: the input from its folder, the artifact from elsewhere. */
  private void assertSameDeployment(Path input, Path artifact) {
    Exec.Result in = config(input.getFileName().toString(), input.getParent());
    Exec.Result out = config(artifact.toAbsolutePath().toString(), tmp);
    assertEquals(0, in.exit(), () -> "docker stack config rejects the input " + input + ":\n" + in.describe());
    assertEquals(0, out.exit(), () -> "docker stack config rejects the artifact of " + input + ":\n" + out.describe());
    // the CLI stamps each warning with the time, which may tick between the two runs
    assertEquals(untimed(in.stderr()), untimed(out.stderr()), () -> "other warnings for the artifact of " + input);
    assertEquals(normalised(in.stdout(), input.getParent()), normalised(out.stdout(), artifact.getParent()),
        () -> "the artifact of " + input + " deploys otherwise:\n" + out.stdout());
  }

  private static String untimed(String stderr) {
    return stderr.replaceAll("time=\"[^\"]*\" ", "");
  }

  private static Exec.Result config(String file, Path dir) {
    return Exec.run(List.of(Tools.require("docker").toString(), "stack", "config", "-c", file), dir, ENV, Duration.ofSeconds(60));
  }

  /**
   * The printed file with the two paths the CLI prints as written made absolute against the file's
   * folder: each {@code env_file} (whose content the CLI already merged into {@code environment}) and
   * a build context. Every other path the CLI prints resolved already.
   */
  @SuppressWarnings("unchecked")
  private static Object normalised(String printed, Path dir) {
    Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(printed);
    if (doc.get("services") instanceof Map<?, ?> services) {
      for (Object def : services.values()) {
        if (def instanceof Map<?, ?> m) {
          Map<String, Object> service = (Map<String, Object>) m;
          if (service.get("env_file") instanceof List<?> envFiles) {
            service.put("env_file", envFiles.stream().map(e -> absolute(dir, e.toString())).toList());
          }
          if (service.get("build") instanceof Map<?, ?> b && b.get("context") instanceof String context
              && !context.contains("://") && !context.startsWith("/")) {
            Map<String, Object> build = new LinkedHashMap<>((Map<String, Object>) b);
            build.put("context", absolute(dir, context));
            service.put("build", build);
          }
        }
      }
    }
    return doc;
  }

  private static String absolute(Path dir, String path) {
    return path.startsWith("/") ? path : dir.toAbsolutePath().resolve(path).normalize().toString();
  }

  private static Path copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
