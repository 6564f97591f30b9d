package io.github.ucpkit.ucp.gitops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.load.compose.ProjectNames;
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
 * A stack file's artifact reaches its input's files from the output directory; from one outside the
 * project that way would name the checkout folder, so generate and check refuse it, before writing
 * anything, while a file for docker-compose (whose artifact names no such path) is still generated there.
 */
class StackOutputOutsideProjectTest {

  @TempDir
  Path tmp;

  private Runner.Outcome generate(String compose) throws IOException {
    Path project = Files.createDirectories(tmp.resolve("checkout"));
    Files.writeString(project.resolve("docker-compose.yml"), compose);
    Pipeline.Request request = new Pipeline.Request(List.of(project.resolve("docker-compose.yml")), Optional.empty(), Set.of(),
        Map.of(), new ProjectNames.Naming(Optional.empty(), Optional.of("app"), project));
    return Runner.generate(request, new Runner.Settings(project, tmp.resolve("out"), project.resolve("target/ucp-reports"),
        Optional.empty(), "2026-11-26T00:00:00Z", "test"));
  }

  @Test
  void aStackFileWithAnOutputDirectoryOutsideTheProjectIsRefused() {
    IOException e = assertThrows(IOException.class, () -> generate("""
        version: "3.8"
        services:
          web: {image: "example/web:1.0", deploy: {placement: {constraints: ["node.role == worker"]}}}
        """));
    assertTrue(e.getMessage().contains("lies outside the project directory") && e.getMessage().contains("docker-compose.yml"),
        e.getMessage());
    assertFalse(Files.exists(tmp.resolve("out/app.yml")), "nothing is written");
  }

  @Test
  void aDockerComposeFileThereIsStillGenerated() throws IOException {
    Runner.Outcome o = generate("""
        version: "2.4"
        services:
          web: {image: "example/web:1.0"}
        """);
    assertEquals(List.of(), o.drift());
    assertTrue(Files.isRegularFile(tmp.resolve("out/app.yml")));
  }
}
