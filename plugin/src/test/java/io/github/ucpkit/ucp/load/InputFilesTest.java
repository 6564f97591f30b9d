package io.github.ucpkit.ucp.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory given as {@code compose} stands for the Compose files below it, not for what lies in
 * hidden directories, {@code target} or another app's committed output directory: run over a folder
 * of app repositories, the plugin would otherwise validate each app's generated stack file as an app
 * of its own (it names the networks of another stack, and claims the same host names as its input).
 */
class InputFilesTest {

  @TempDir Path tmp;

  @Test
  void aDirectoryWalkSkipsHiddenTargetAndOutputDirectories() throws IOException {
    write("shop/docker-compose.yml");
    write("shop/deploy/ucp/shop.yml");
    write("shop/deploy/ucp/lb-stack.yml");
    write("shop/deploy/ucp/" + Disk.GENERATED_MANIFEST);
    write("shop/deploy/ucp/nested/also-output.yml");
    write("shop/deploy/notes.yaml");
    write("shop/.github/workflows/ucp.yml");
    write("shop/target/ucp/shop.yml");
    write("blog/compose.yaml");

    InputFiles.Resolved r = InputFiles.resolve(List.of(tmp), Set.of(), Disk.real());

    assertEquals(List.of(tmp.resolve("blog/compose.yaml"), tmp.resolve("shop/deploy/notes.yaml"),
        tmp.resolve("shop/docker-compose.yml")), r.files());
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  void anOutputDirectoryNamedItselfIsStillRead() throws IOException {
    write("deploy/ucp/shop.yml");
    write("deploy/ucp/" + Disk.GENERATED_MANIFEST);

    Path out = tmp.resolve("deploy/ucp");
    assertEquals(List.of(out.resolve("shop.yml")), InputFiles.resolve(List.of(out), Set.of(), Disk.real()).files());
  }

  /** Each app repository's topology spec at its default place is a spec, not an app. */
  @Test
  void aDirectoryWalkSkipsTopologySpecsAtTheirDefaultPlace() throws IOException {
    write("shop/docker-compose.yml");
    write("shop/src/main/ucp/topology.yml");
    write("shop/src/main/ucp/other.yml");
    write("blog/compose.yaml");
    write("blog/src/main/ucp/topology.yml");

    assertEquals(List.of(tmp.resolve("blog/compose.yaml"), tmp.resolve("shop/docker-compose.yml"),
        tmp.resolve("shop/src/main/ucp/other.yml")), InputFiles.resolve(List.of(tmp), Set.of(), Disk.real()).files());
  }

  /** A manifest as a directory's name marks nothing: only the file the writer leaves does. */
  @Test
  void aDirectoryNamedLikeTheManifestMarksNothing() throws IOException {
    write("app/docker-compose.yml");
    Files.createDirectories(tmp.resolve("app/" + Disk.GENERATED_MANIFEST));

    assertEquals(List.of(tmp.resolve("app/docker-compose.yml")),
        InputFiles.resolve(List.of(tmp), Set.of(), Disk.real()).files());
  }

  /** A link to a Compose file is that file; a link to a directory is not walked into (it may lead anywhere). */
  @Test
  void aLinkedFileIsListedAndALinkedDirectoryIsNotWalked() throws IOException {
    write("app/docker-compose.yml");
    write("elsewhere/other.yml");
    Files.createSymbolicLink(tmp.resolve("app/linked.yml"), tmp.resolve("app/docker-compose.yml"));
    Files.createSymbolicLink(tmp.resolve("app/dir"), tmp.resolve("elsewhere"));
    Files.createSymbolicLink(tmp.resolve("app/dangling.yml"), tmp.resolve("missing.yml"));

    assertEquals(List.of(tmp.resolve("app/docker-compose.yml"), tmp.resolve("app/linked.yml")),
        InputFiles.resolve(List.of(tmp.resolve("app")), Set.of(), Disk.real()).files());
  }

  private void write(String rel) throws IOException {
    Path p = tmp.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "services: {}\n");
  }
}
