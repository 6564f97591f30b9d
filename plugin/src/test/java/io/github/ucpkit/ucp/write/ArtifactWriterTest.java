package io.github.ucpkit.ucp.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.emit.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactWriterTest {

  @TempDir
  Path tmp;

  private Path out() {
    return tmp.resolve("ucp");
  }

  @Test
  void writesEveryArtifactAndAManifest() throws IOException {
    ArtifactWriter.Result r = ArtifactWriter.write(out(), List.of(new Artifact("a.yml", "a\n"), new Artifact("b.cfg", "b\n")));
    assertEquals(List.of("a.yml", "b.cfg"), r.written());
    assertEquals("a\n", Files.readString(out().resolve("a.yml")));
    assertTrue(Files.readString(out().resolve(ArtifactWriter.MANIFEST)).contains("b.cfg\n"));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void unchangedFilesAreNotRewritten() throws IOException {
    ArtifactWriter.write(out(), List.of(new Artifact("a.yml", "a\n")));
    ArtifactWriter.Result r = ArtifactWriter.write(out(), List.of(new Artifact("a.yml", "a\n")));
    assertEquals(List.of("a.yml"), r.unchanged());
    assertEquals(List.of(), r.written());
  }

  @Test
  void filesNoLongerGeneratedAreRemovedButForeignFilesStay() throws IOException {
    ArtifactWriter.write(out(), List.of(new Artifact("old.yml", "o\n"), new Artifact("a.yml", "a\n")));
    Files.writeString(out().resolve("README.md"), "mine\n");
    ArtifactWriter.Result r = ArtifactWriter.write(out(), List.of(new Artifact("a.yml", "a\n")));
    assertEquals(List.of("old.yml"), r.removed());
    assertFalse(Files.exists(out().resolve("old.yml")));
    assertTrue(Files.exists(out().resolve("README.md")));
  }

  @Test
  void aSymlinkPlantedWhereAnArtifactGoesIsRefusedAndNothingIsWritten() throws IOException {
    Files.createDirectories(out());
    Path outside = tmp.resolve("outside.txt");
    Files.writeString(outside, "secret\n");
    Files.createSymbolicLink(out().resolve("b.cfg"), outside);
    IOException e = assertThrows(IOException.class,
        () -> ArtifactWriter.write(out(), List.of(new Artifact("a.yml", "a\n"), new Artifact("b.cfg", "b\n"))));
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    assertEquals("secret\n", Files.readString(outside));
    assertFalse(Files.exists(out().resolve("a.yml")));
  }

  @Test
  void anOutputDirectoryThatIsASymlinkIsRefused() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Files.createSymbolicLink(out(), real);
    assertThrows(IOException.class, () -> ArtifactWriter.write(out(), List.of(new Artifact("a.yml", "a\n"))));
    try (Stream<Path> s = Files.list(real)) {
      assertEquals(0, s.count());
    }
  }

  @Test
  void aManifestNamingPathsOutsideTheDirectoryCannotDeleteThem() throws IOException {
    Files.createDirectories(out());
    Path victim = tmp.resolve("victim.txt");
    Files.writeString(victim, "keep\n");
    Files.writeString(out().resolve(ArtifactWriter.MANIFEST), "../victim.txt\n/etc/passwd\n");
    ArtifactWriter.write(out(), List.of(new Artifact("a.yml", "a\n")));
    assertTrue(Files.exists(victim));
  }

  @Test
  void driftReportsChangedMissingAndExtraFilesWithUnifiedDiffs() throws IOException {
    ArtifactWriter.write(out(), List.of(new Artifact("a.yml", "x: 1\ny: 2\n"), new Artifact("gone.yml", "g\n")));
    List<Drift.FileDrift> drift = Drift.compare(out(), List.of(new Artifact("a.yml", "x: 1\ny: 3\n"), new Artifact("new.cfg", "n\n")));
    assertEquals(4, drift.size(), drift.toString());
    Drift.FileDrift changed = drift.get(0);
    assertEquals(Drift.Kind.CHANGED, changed.kind());
    assertTrue(changed.diff().contains("--- a/a.yml\n+++ b/a.yml\n"), changed.diff());
    assertTrue(changed.diff().contains("-y: 2\n+y: 3\n"), changed.diff());
    assertEquals(Drift.Kind.MISSING, drift.get(1).kind());
    // the manifest is part of the set: it must list the new names
    assertEquals(Drift.Kind.CHANGED, drift.get(2).kind());
    assertEquals(ArtifactWriter.MANIFEST, drift.get(2).name());
    assertTrue(drift.get(2).diff().contains("+new.cfg"), drift.get(2).diff());
    assertEquals(Drift.Kind.EXTRA, drift.get(3).kind());
    assertEquals("gone.yml", drift.get(3).name());
  }

  @Test
  void noDriftWhenUpToDate() throws IOException {
    List<Artifact> artifacts = List.of(new Artifact("a.yml", "a\n"));
    ArtifactWriter.write(out(), artifacts);
    assertEquals(List.of(), Drift.compare(out(), artifacts));
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(out())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".ucp-staging")).toList();
    }
  }
}
