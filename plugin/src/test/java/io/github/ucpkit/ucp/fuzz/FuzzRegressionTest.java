package io.github.ucpkit.ucp.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.e2e.support.ComposeBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every input the fuzzer broke the pipeline with, kept under src/test/resources/fuzz/, now holds the invariants. */
class FuzzRegressionTest {

  private static Path work;
  private static ComposeBatch compose;

  @BeforeAll
  static void start() throws Exception {
    work = Files.createTempDirectory("ucp-fuzz-regressions-");
    compose = new ComposeBatch(work);
  }

  @AfterAll
  static void stop() throws Exception {
    compose.close();
  }

  @TestFactory
  Stream<DynamicTest> keptFindingsHoldTheInvariants() throws Exception {
    assertTrue(Files.isDirectory(FuzzInput.REGRESSIONS), "no fuzz regressions directory");
    try (Stream<Path> dirs = Files.list(FuzzInput.REGRESSIONS)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> {
        Path dir = Files.createTempDirectory(work, "r");
        try (Invariants invariants = new Invariants()) {
          Invariants.Outcome o = invariants.run(FuzzInput.readDir(d), dir);
          assertEquals(Optional.empty(), o.violation());
          if (o.accepted()) {
            assertEquals(Optional.empty(), Invariants.realTools(o, dir, compose));
          }
        }
      }));
    }
  }
}
