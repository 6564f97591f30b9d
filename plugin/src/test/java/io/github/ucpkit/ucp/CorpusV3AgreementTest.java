package io.github.ucpkit.ucp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.DeployWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 3.x and versionless corpus against both reference tools, each file validated the way the tool
 * that deploys it reads it: with {@code deployWith=compose} against docker-compose 1.29.2's verdict,
 * with {@code deployWith=stack} against {@code docker stack config}'s (docker CLI 28.2.2, the stack
 * deployer's loader). For each: no file the tool rejects that we accept, and every file it accepts
 * that we reject only by rules whose page says they are stricter than that tool. With
 * {@code deployWith=auto} each file must get exactly the findings of the tool it is inferred for.
 * Entries are checked in a fresh copy three directories deep, with {@code PATH} as the only variable,
 * as their verdicts were produced.
 */
class CorpusV3AgreementTest {

  private static final Path CORPUS = Path.of(System.getProperty("ucp.corpusV3", "../corpus-v3"));
  private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin");

  @Test
  void agreesWithDockerComposeAndDockerStackDeploy(@TempDir Path tmp) throws IOException {
    Path manifest = CORPUS.resolve("manifest.tsv");
    List<Corpus.Entry> forCompose = Corpus.entries(CORPUS, manifest, "compose_exit", "first_error_line");
    List<Corpus.Entry> forStack = Corpus.entries(CORPUS, manifest, "stack_exit", "stack_error");
    assertTrue(forCompose.size() > 100, "corpus not found at " + CORPUS.toAbsolutePath());

    Corpus.Tally compose = new Corpus.Tally("docker-compose", StricterRules.than(RuleInfo.Tool.DOCKER_COMPOSE));
    Corpus.Tally stack = new Corpus.Tally("docker stack config", StricterRules.than(RuleInfo.Tool.DOCKER_STACK_DEPLOY));
    int inferredStack = 0;
    List<String> autoMismatches = new ArrayList<>();
    for (int i = 0; i < forCompose.size(); i++) {
      Path file = Corpus.copy(forCompose.get(i), tmp.resolve(Integer.toString(i)).resolve("a/b/c"));
      List<Diagnostic> asCompose = validate(file, DeployWith.COMPOSE).diagnostics();
      List<Diagnostic> asStack = validate(file, DeployWith.STACK).diagnostics();
      compose.add(forCompose.get(i), asCompose);
      stack.add(forStack.get(i), asStack);

      Pipeline.Validated auto = validate(file, DeployWith.AUTO);
      boolean toStack = auto.inputs().compose().stream().anyMatch(ComposeFile::forStack);
      inferredStack += toStack ? 1 : 0;
      if (!auto.diagnostics().equals(toStack ? asStack : asCompose)) {
        autoMismatches.add(forCompose.get(i).relpath());
      }
    }
    String lines = "corpus-v3 agreement with docker-compose 1.29.2 (deployWith=compose): " + compose.line() + "\n"
        + "corpus-v3 agreement with docker stack config (deployWith=stack): " + stack.line() + "\n"
        + "corpus-v3 deployWith=auto: " + inferredStack + " files read for docker stack deploy, "
        + (forCompose.size() - inferredStack) + " for docker-compose\n";
    System.out.print(lines);
    List<String> disagreements = new ArrayList<>(compose.disagreements());
    disagreements.addAll(stack.disagreements());
    assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " unexplained disagreements:\n"
        + String.join("\n", disagreements));
    assertEquals(List.of(), autoMismatches, "with deployWith=auto, these files got other findings than their inferred tool's");
    if (CORPUS.equals(Path.of("../corpus-v3"))) {
      assertReadmeShows(lines);
    }
  }

  /** The README quotes these lines; they must be the ones the repository's corpus gives. */
  private static void assertReadmeShows(String lines) throws IOException {
    Path readme = Path.of("../README.md");
    String text = Files.readString(readme);
    String updated = ReadmeTest.replace(text, "corpus-v3", "```\n" + lines + "```\n");
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(readme, updated);
    }
    assertEquals(updated, text, "README's corpus-v3 agreement lines are stale: rerun with -Ddocs.update=true");
  }

  private static Pipeline.Validated validate(Path file, DeployWith with) {
    return Pipeline.validate(new Pipeline.Request(List.of(file), java.util.Optional.empty(), Set.of(), ENV, with));
  }
}
