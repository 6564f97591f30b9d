package io.github.ucpkit.ucp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {

  private static final Path REAL = Path.of("../corpus").toAbsolutePath().normalize();

  @TempDir Path tmp;

  @Test
  void theSameSizeGivesTheSameBytes() throws IOException {
    int entries = RealEntry.read(REAL).size() + 40;
    Path a = BenchCorpus.build(REAL, tmp.resolve("a"), entries);
    Path b = BenchCorpus.build(REAL, tmp.resolve("b"), entries);
    List<Path> files = BenchCorpus.files(a, n -> true);
    assertEquals(BenchCorpus.files(b, n -> true).size(), files.size());
    for (Path f : files) {
      assertEquals(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1),
          Files.readString(b.resolve(a.relativize(f)), java.nio.charset.StandardCharsets.ISO_8859_1), f.toString());
    }
    assertEquals(entries, BenchCorpus.files(a, BenchCorpus.COMPOSE::equals).size());
  }

  @Test
  void aSmallCorpusTakesTheFirstRealEntriesOnly() throws IOException {
    Path c = BenchCorpus.build(REAL, tmp.resolve("c"), 10);
    assertEquals(10, BenchCorpus.files(c, BenchCorpus.COMPOSE::equals).size());
    assertEquals(Files.readString(RealEntry.read(REAL).get(0).compose()),
        Files.readString(c.resolve("00000").resolve(BenchCorpus.COMPOSE)));
  }

  @Test
  void syntheticFilesAreValidAndAsLargeAsAsked() throws IOException {
    Random random = new Random(7);
    for (int i = 0; i < 150; i++) {
      int target = 100 + random.nextInt(8_000);
      String text = SyntheticCompose.file(random, target, i);
      assertTrue(text.length() >= target, "file " + i + " is " + text.length() + " bytes, asked for " + target);
      assertTrue(text.length() < target + 1_500, "file " + i + " overshoots: " + text.length() + " for " + target);
      Files.createDirectories(tmp.resolve("s/" + i));
      Files.writeString(tmp.resolve("s/" + i + "/docker-compose.yml"), text);
    }
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(tmp.resolve("s")), Set.of(), Map.of()));
    assertEquals(150, v.filesChecked());
    assertEquals(List.of(), v.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList());
  }

  @Test
  void syntheticFilesCarryTheShapesTheBenchmarkIsAbout() {
    Random random = new Random(11);
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      all.append(SyntheticCompose.file(random, 2_000, i));
    }
    for (String shape : List.of("interlock.hostname:", "aliases:", "networks:\n  ", "volumes:\n  ", "scale:", "healthcheck:")) {
      assertTrue(all.indexOf(shape) >= 0, "no synthetic file has " + shape);
    }
  }
}
