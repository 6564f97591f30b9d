package io.github.ucpkit.ucp.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario renders exactly its golden files, twice in a row with the same bytes. To review a
 * change, rewrite them with {@code ./mvnw -pl plugin test -Dtest=GoldenFilesTest -Dgolden.update=true}
 * and read the diff.
 */
class GoldenFilesTest {

  static List<Scenario> scenarios() {
    return Scenario.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void rendersItsGoldenFilesReproducibly(Scenario scenario) throws IOException {
    List<Artifact> first = scenario.render();
    List<Artifact> second = scenario.render();
    assertEquals(first, second, "a second render differs");
    if (Boolean.getBoolean("golden.update")) {
      write(scenario.expected(), first);
    }
    assertEquals(read(scenario.expected()), new TreeMap<>(Scenario.byName(first)));
    for (Artifact a : first) {
      assertEquals(-1, a.content().indexOf('\r'), a.name() + " has a carriage return");
      assertEquals('\n', a.content().charAt(a.content().length() - 1), a.name() + " lacks a final newline");
    }
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(p -> Files.isRegularFile(p) && !hidden(p)).toList()) {
          out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  /** The sample's committed output directory also holds the plugin's own list of what it wrote, {@code .ucp-generated}. */
  private static boolean hidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }

  private static void write(Path dir, List<Artifact> artifacts) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(p -> !hidden(p)).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    for (Artifact a : artifacts) {
      Files.writeString(dir.resolve(a.name()), a.content(), StandardCharsets.UTF_8);
    }
  }
}
