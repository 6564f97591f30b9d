package io.github.ucpkit.ucp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.DeployWith;
import io.github.ucpkit.ucp.report.ConsoleReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example in "Swarm-mode checks": the file, validated as a user's build would
 * ({@code deployWith} auto), is read for docker stack deploy and prints exactly the console lines the
 * README shows. Regenerate them with {@code -Ddocs.update=true}.
 */
class ReadmeSwarmExampleTest {

  private static final Path README = Path.of("../README.md");

  @Test
  void theExamplePrintsWhatTheReadmeShows(@TempDir Path dir) throws IOException {
    String text = Files.readString(README);
    int section = text.indexOf("### Swarm-mode checks");
    assertTrue(section >= 0, "the README lost its Swarm-mode checks section");
    int open = text.indexOf("```yaml\n", section);
    int close = text.indexOf("```\n", open + 8);
    Path file = dir.resolve("docker-compose.yml");
    Files.writeString(file, text.substring(open + 8, close));

    Pipeline.Validated v = Pipeline.validate(
        new Pipeline.Request(List.of(file), Optional.empty(), Set.of(), Map.of(), DeployWith.AUTO));
    assertTrue(v.inputs().compose().stream().allMatch(ComposeFile::forStack), "the example is not read for docker stack deploy");
    StringBuilder console = new StringBuilder("```\n");
    for (ConsoleReport.Line line : ConsoleReport.lines(v.diagnostics(), dir)) {
      console.append('[').append(line.level().name()).append("] ").append(line.text()).append('\n');
    }
    console.append("[INFO] ").append(ConsoleReport.summary(v.filesChecked(), v.diagnostics(), v.facts())).append("\n```\n");

    String updated = ReadmeTest.replace(text, "swarm-example", console.toString());
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(README, updated);
    }
    assertEquals(updated, text, "README's swarm-mode example output is stale: rerun with -Ddocs.update=true");
  }
}
