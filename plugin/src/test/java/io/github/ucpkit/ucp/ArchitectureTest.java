package io.github.ucpkit.ucp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core must not depend on Maven: only {@code maven/} may import {@code org.apache.maven}. */
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

  private static boolean importsMaven(Path p) {
    try {
      return Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("import org.apache.maven"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
