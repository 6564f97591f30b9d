package io.github.ucpkit.ucp.gitops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a run writes never overlaps what it reads or what else it writes; refused before anything runs. */
class OverlapTest {

  @TempDir
  Path project;

  private static final String COMPOSE = "version: \"2.4\"\nservices:\n  web:\n    image: nginx:1.25.3\n    ports: [\"99999:80\"]\n";

  private Runner.Outcome generate(Path composeInput, Path output, Path reports) throws IOException {
    Path topology = project.resolve("src/main/ucp/topology.yml");
    Pipeline.Request request = new Pipeline.Request(List.of(composeInput), Optional.of(topology), new java.util.HashSet<>(List.of(topology, output, reports)), Map.of());
    return Runner.generate(request, new Runner.Settings(project, output, reports, Optional.empty(), null, "test"));
  }

  private void refused(Path composeInput, Path output, Path reports, String why) throws IOException {
    String before = Files.readString(project.resolve("apps/docker-compose.yml"));
    IOException e = assertThrows(IOException.class, () -> generate(composeInput, output, reports));
    assertTrue(e.getMessage().contains(why) && e.getMessage().contains("give it a directory of its own"), e.getMessage());
    assertEquals(before, Files.readString(project.resolve("apps/docker-compose.yml")), "the input is untouched");
  }

  @Test
  void overlapsAreRefusedWithTheSettingToChange() throws IOException {
    Path apps = Files.createDirectories(project.resolve("apps"));
    Files.writeString(apps.resolve("docker-compose.yml"), COMPOSE);
    Path reports = project.resolve("target/ucp-reports");
    refused(apps, project.resolve("target/ucp-reports"), reports, "overlaps");
    refused(apps, apps, reports, "holds the input");
    refused(apps.resolve("docker-compose.yml"), apps, reports, "holds the input");
    refused(apps, project, reports, "project directory");
    refused(apps, project.resolve("target/out"), project.resolve("target/out/reports"), "overlaps");
  }

  @Test
  void anOutputDirectoryInsideAComposeFolderIsSkippedByItsWalk() throws IOException {
    Path apps = Files.createDirectories(project.resolve("apps"));
    Files.writeString(apps.resolve("docker-compose.yml"), COMPOSE.replace("99999:80", "8080:80"));
    Runner.Outcome o = generate(apps, apps.resolve("generated"), project.resolve("target/ucp-reports"));
    assertEquals(List.of(), o.diagnostics().stream().filter(d -> d.isError()).toList());
    assertTrue(Files.isRegularFile(apps.resolve("generated/apps.yml")));
    // the generated copy is not read back as an input
    assertEquals(1, generate(apps, apps.resolve("generated"), project.resolve("target/ucp-reports")).filesChecked());
  }
}
