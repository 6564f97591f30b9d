package io.github.ucpkit.ucp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core must not depend on Maven: only {@code maven/} may import {@code org.apache.maven}. And
 * every test class must be one surefire runs: a class named otherwise is silently never run.
 */
class ArchitectureTest {

  private static final Path SOURCES = Path.of("src/main/java/io/github/ucpkit/ucp");

  @Test
  void onlyTheMavenPackageImportsMaven() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      offenders = files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !SOURCES.relativize(p).startsWith("maven"))
          .filter(ArchitectureTest::importsMaven)
          .map(p -> SOURCES.relativize(p).toString())
          .sorted()
          .toList();
    }
    assertEquals(List.of(), offenders);
  }

  @Test
  void everyTestClassIsNamedSoThatSurefireRunsIt() throws IOException {
    Path tests = Path.of("src/test/java");
    List<String> unrun;
    try (Stream<Path> files = Files.walk(tests)) {
      unrun = files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(ArchitectureTest::declaresTests)
          .map(p -> p.getFileName().toString().replace(".java", ""))
          .filter(name -> !name.endsWith("Test") && !name.endsWith("Tests") && !name.startsWith("Test"))
          .sorted()
          .toList();
    }
    assertEquals(List.of(), unrun, "surefire's default includes are Test*, *Test, *Tests, *TestCase");
  }

  private static boolean declaresTests(Path p) {
    try {
      return Files.readAllLines(p).stream().map(String::trim)
          .anyMatch(l -> l.matches("@(org\\.junit\\.jupiter\\.(api|params)\\.)?(Test|TestFactory|ParameterizedTest|RepeatedTest)\\b.*"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean importsMaven(Path p) {
    try {
      return Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("import org.apache.maven"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
