package io.github.ucpkit.ucp.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a stack file's relative paths move to the artifact's folder (StackArtifactTest runs them through the CLI). */
class StackPathsTest {

  private final StackPaths up = new StackPaths("../../apps/shop");

  @Test
  void relativePathsAreJoinedAndCleanedAsGoDoes() {
    assertEquals("../../apps/shop/secret.txt", up.relocate("secret.txt", false));
    assertEquals("../../apps/shop/secret.txt", up.relocate("./secret.txt", false));
    assertEquals("../../apps/shared/x", up.relocate("../shared/x", false));
    assertEquals("../../../../../etc/passwd", up.relocate("../../../../../etc/passwd", false));
    assertEquals("../../apps/shop", up.relocate(".", false));
  }

  /** What docker stack config showed: only / is absolute in a file setting; a bind source also takes ~ and Windows paths. */
  @Test
  void whatTheCliTakesForAbsoluteStays() {
    assertEquals("/etc/x", up.relocate("/etc/x", false));
    assertEquals("${DIR}/x", up.relocate("${DIR}/x", true, "/srv/x"), "a variable that holds an absolute path here");
    assertEquals("../../apps/shop/$HOME/x", up.relocate("$HOME/x", false), "a literal $ (written $$) is a folder name");
    for (String joined : List.of("C:\\x.txt", "a:b")) {
      assertEquals("../../apps/shop/" + joined, up.relocate(joined, false), joined);
    }
    assertEquals("../../apps/shop/http:/x/y", up.relocate("http://x/y", false), "cleaned as Go cleans it");
    for (String kept : List.of("~/x", "C:\\data", "C:/data", "\\\\srv\\share\\x", "/srv")) {
      assertEquals(kept, up.relocateBindSource(kept, false), kept);
    }
    assertEquals("../../apps/shop/C:data", up.relocateBindSource("C:data", false));
    assertEquals("../../apps/shop/\\\\srv\\share", up.relocateBindSource("\\\\srv\\share", false), "a share without a folder is not absolute");
    assertEquals("../../apps/shop/\\\\srv\\share:/e", up.relocateMount("\\\\srv\\share:/e", false));
    assertEquals("../../apps/shop/~/x", up.relocate("~/x", false), "env_file and secret files take ~ literally");
    for (String kept : List.of("https://github.com/a/b.git", "git@github.com:a/b", "github.com/a/b")) {
      assertEquals(kept, up.relocateBuildContext(kept, false), kept);
    }
    assertEquals("../../apps/shop/web", up.relocateBuildContext("./web", false));
  }

  @Test
  void aPathWithAVariableInsideIsJoinedUncleanedWithItsPrefixEscaped() {
    assertEquals("../../apps/shop/./${SUB}/../x", up.relocate("./${SUB}/../x", true));
    assertEquals("../a$$b/x", new StackPaths("../a$b").relocate("x", true));
  }

  /**
   * A path that starts with a variable is relative or absolute by its value: here, where the build
   * resolved it, a default of ./secrets or an unset variable left a relative path, which the artifact
   * in the output directory must reach from there (docker stack config found target/ucp/secrets/x).
   */
  @Test
  void aPathThatStartsWithAVariableMovesWhenItsValueHereIsRelative() {
    assertEquals("../../apps/shop/${DIR:-./secrets}/x", up.relocate("${DIR:-./secrets}/x", true, "./secrets/x"));
    assertEquals("../../apps/shop/${DIR}secrets/x", up.relocate("${DIR}secrets/x", true, "secrets/x"));
    assertEquals("../../apps/shop/${EF:-a.env}", up.relocate("${EF:-a.env}", true, "a.env"));
    assertEquals("$HOME/x", up.relocateBindSource("$HOME/x", true, "/root/x"));
    assertEquals("${D:-~/data}", up.relocateBindSource("${D:-~/data}", true, "~/data"), "the home directory is absolute for a bind source");
    assertEquals("../../apps/shop/${D:-./data}", up.relocateBindSource("${D:-./data}", true, "./data"));
    assertEquals("../../apps/shop/${D:-./data}:/data", up.relocateMount("${D:-./data}:/data", true, "./data:/data"),
        "the first colon of the written text is the default's");
    assertEquals("${D:-/srv}:/data", up.relocateMount("${D:-/srv}:/data", true, "/srv:/data"));
    assertEquals("${V:-named}:/data", up.relocateMount("${V:-named}:/data", true, "named:/data"), "a volume, not a path");
    assertEquals("../$$a/${D:-.}/x", new StackPaths("../$a").relocate("${D:-.}/x", true, "./x"));
  }

  @Test
  void anArtifactBelowTheInputKeepsAShortMountABindMount() {
    StackPaths down = new StackPaths("apps");
    assertEquals("./apps/data:/data:ro", down.relocateMount("./data:/data:ro", false));
    assertEquals("named:/data", down.relocateMount("named:/data", false));
    assertEquals("~/data:/data", down.relocateMount("~/data:/data", false), "a bind source from the home directory");
    assertEquals("./data", down.relocateMount("./data", false), "a lone path is a target, not a source");
    assertEquals("./x", new StackPaths(".").relocate("./x", false), "the same folder changes nothing");
  }

  @Test
  void onlyTheSettingsTheCliResolvesArePaths() {
    assertTrue(StackPaths.holdsPath(List.of("secrets", "db.password", "file")), "a key with a dot is one key");
    assertTrue(StackPaths.holdsPath(List.of("services", "web", "env_file", "[]")));
    assertFalse(StackPaths.holdsPath(List.of("services", "web", "credential_spec", "file")));
    assertFalse(StackPaths.holdsPath(List.of("x-files", "web", "env_file")));
    assertTrue(StackPaths.mount(List.of("services", "web", "volumes", "[]")));
  }
}
