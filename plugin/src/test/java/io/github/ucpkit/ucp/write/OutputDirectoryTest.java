package io.github.ucpkit.ucp.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.emit.Artifact;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output directory moves from one complete set to the next, or not at all. */
class OutputDirectoryTest {

  @TempDir
  Path tmp;

  private Path out() {
    return tmp.resolve("ucp");
  }

  private static final List<Artifact> OLD = List.of(new Artifact("haproxy.cfg", "old h\n"), new Artifact("example.com.zone", "old z\n"),
      new Artifact("nginx.conf", "old n\n"), new Artifact("gone.yml", "old g\n"));
  private static final List<Artifact> NEW = List.of(new Artifact("haproxy.cfg", "new h\n"), new Artifact("example.com.zone", "new z\n"),
      new Artifact("nginx.conf", "new n\n"), new Artifact("app.yml", "new a\n"));

  @Test
  void aDirectoryPlantedWhereAnArtifactGoesChangesNothing() throws IOException {
    ArtifactWriter.write(out(), OLD);
    Map<String, String> before = contents(out());
    Files.delete(out().resolve("nginx.conf"));
    Files.createDirectory(out().resolve("nginx.conf"));
    before.put("nginx.conf", "<dir>");
    IOException e = assertThrows(IOException.class, () -> ArtifactWriter.write(out(), NEW));
    assertTrue(e.getMessage().contains("nginx.conf") && e.getMessage().contains("Nothing was changed"), e.getMessage());
    assertEquals(before, contents(out()), "no file was replaced");
    assertEquals(List.of(), Staging.leftovers(out()));
  }

  @Test
  void aJournalLeftByAKilledRunIsRolledForwardByTheNextRun() throws IOException {
    ArtifactWriter.write(out(), OLD);
    // what a run killed after its first rename leaves: the journal, one file switched, the rest staged
    Path staging = Staging.create(out());
    for (Artifact a : NEW) {
      Files.writeString(staging.resolve("new").resolve(a.name()), a.content());
    }
    Files.writeString(staging.resolve("new").resolve(ArtifactWriter.MANIFEST), ArtifactWriter.manifestText(names(NEW)));
    List<String> install = new ArrayList<>(names(NEW));
    install.add(ArtifactWriter.MANIFEST);
    Journal journal = new Journal(staging.getFileName().toString(), install, List.of("gone.yml"));
    journal.commit(out());
    Files.createDirectories(staging.resolve("old"));
    Files.move(out().resolve("haproxy.cfg"), staging.resolve("old/haproxy.cfg"));
    Files.move(staging.resolve("new/haproxy.cfg"), out().resolve("haproxy.cfg"));

    List<Drift.FileDrift> seen = Drift.compare(out(), NEW);
    assertTrue(seen.stream().anyMatch(d -> d.kind() == Drift.Kind.INTERRUPTED && d.name().equals(Journal.NAME)), seen.toString());

    try (OutputDirectory od = OutputDirectory.forWriting(out(), tmp)) {
      // recovery happens on opening: the new set is complete
      assertEquals(NEW.get(0).content(), od.current(NEW.get(0).name()).orElseThrow());
    }
    assertEquals(expected(NEW), contents(out()));
    assertEquals(List.of(), Drift.compare(out(), NEW));
  }

  @Test
  void stagingWithoutAJournalIsDiscardedAndTheOldSetStays() throws IOException {
    ArtifactWriter.write(out(), OLD);
    Path staging = Staging.create(out());
    Files.writeString(staging.resolve("new/haproxy.cfg"), "half\n");
    assertEquals(Drift.Kind.INTERRUPTED, Drift.compare(out(), OLD).get(0).kind(), "check reports the leftover");
    ArtifactWriter.write(out(), OLD);
    assertEquals(expected(OLD), contents(out()));
  }

  @Test
  void twoWritersAtOnceAreSerialisedAndLeaveOneCompleteSet() throws Exception {
    for (int round = 0; round < 20; round++) {
      CompletableFuture<ArtifactWriter.Result> a = CompletableFuture.supplyAsync(() -> write(OLD));
      CompletableFuture<ArtifactWriter.Result> b = CompletableFuture.supplyAsync(() -> write(NEW));
      a.get(60, TimeUnit.SECONDS);
      b.get(60, TimeUnit.SECONDS);
      Map<String, String> now = contents(out());
      assertTrue(now.equals(expected(OLD)) || now.equals(expected(NEW)), "a mixed set: " + now.keySet());
    }
  }

  @Test
  void aWriterKilledAtAnyMomentLeavesASetTheNextRunCompletes() throws Exception {
    Random random = new Random(20261203);
    for (int round = 0; round < 8; round++) {
      Path dir = tmp.resolve("killed-" + round);
      Process child = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
          WriterChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
      try {
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("started", lines.readLine());
        Thread.sleep(200 + random.nextInt(600));
      } finally {
        child.destroyForcibly(); // SIGKILL: no finally block of the child runs
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      }
      Map<String, String> left = contents(dir);
      boolean interrupted = !Drift.compare(dir, WriterChild.set("x")).stream()
          .filter(d -> d.kind() == Drift.Kind.INTERRUPTED).toList().isEmpty();
      if (!interrupted) {
        assertTrue(left.equals(expected(WriterChild.set("x"))) || left.equals(expected(WriterChild.set("y"))),
            "no journal, yet not a complete set: " + left.keySet());
      }
      // the next run recovers and writes its own set; nothing of the killed run remains
      ArtifactWriter.write(dir, WriterChild.set("x"));
      assertEquals(expected(WriterChild.set("x")), contents(dir));
      assertEquals(List.of(), Drift.compare(dir, WriterChild.set("x")));
    }
  }

  @Test
  void aLockHeldByALiveWriterMakesTheSecondWaitAndFailClearly() throws Exception {
    Files.createDirectories(out());
    try (OutputLock held = OutputLock.acquire(out(), java.time.Duration.ofSeconds(1))) {
      IOException e = assertThrows(IOException.class, () -> OutputLock.acquire(out(), java.time.Duration.ofMillis(300)));
      assertTrue(e.getMessage().contains("another ucp:generate"), e.getMessage());
    }
    assertFalse(Files.exists(out().resolve(OutputLock.NAME)), "the lock file goes with its writer");
  }

  @Test
  void aSymbolicLinkAboveTheOutputDirectoryIsRefused() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("elsewhere"));
    Path project = Files.createDirectories(tmp.resolve("project"));
    Files.createSymbolicLink(project.resolve("lnk"), real);
    IOException e = assertThrows(IOException.class, () -> OutputDirectory.forWriting(project.resolve("lnk/out"), project));
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    try (Stream<Path> s = Files.list(real)) {
      assertEquals(0, s.count(), "nothing was created behind the link");
    }
  }

  @Test
  void checkSeesThroughCrlfLineEndsAndReportsFilesThatAreNotText() throws IOException {
    ArtifactWriter.write(out(), OLD);
    Files.writeString(out().resolve("nginx.conf"), "old n\r\n");
    assertEquals(List.of(), Drift.compare(out(), OLD), "a core.autocrlf=true checkout is up to date");
    Files.write(out().resolve("gone.yml"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
    List<Drift.FileDrift> drift = Drift.compare(out(), List.of(new Artifact("haproxy.cfg", "old h\n")));
    Drift.FileDrift notText = drift.stream().filter(d -> d.name().equals("gone.yml")).findFirst().orElseThrow();
    assertEquals(Drift.Kind.EXTRA, notText.kind());
    assertTrue(notText.diff().contains("not UTF-8 text: 3 bytes"), notText.diff());
  }

  private ArtifactWriter.Result write(List<Artifact> set) {
    try {
      return ArtifactWriter.write(out(), set);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String> names(List<Artifact> set) {
    return set.stream().map(Artifact::name).sorted().toList();
  }

  private static Map<String, String> expected(List<Artifact> set) {
    Map<String, String> out = new TreeMap<>();
    set.forEach(a -> out.put(a.name(), a.content()));
    out.put(ArtifactWriter.MANIFEST, ArtifactWriter.manifestText(names(set)));
    return out;
  }

  /** Every entry of the directory, hidden ones included; a directory shows as "<dir>". */
  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        out.put(p.getFileName().toString(), Files.isDirectory(p) ? "<dir>" : Files.readString(p));
      }
    }
    return out;
  }
}
