package io.github.ucpkit.ucp.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One project the fuzzer runs: a Compose file, and optionally a {@code .env} and a topology spec.
 * Seeds come from the rule fixtures and the scenarios; a finding is kept as a directory of the same
 * three files under {@code src/test/resources/fuzz/}.
 */
record FuzzInput(String compose, Optional<String> env, Optional<String> topology) {

  static final Path RULES = Path.of("src/test/resources/rules");
  static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
  static final Path REGRESSIONS = Path.of("src/test/resources/fuzz");

  /** Every Compose file of the fixtures and scenarios, with the .env and topology beside it. */
  static List<FuzzInput> seeds() {
    List<FuzzInput> out = new ArrayList<>();
    for (Path root : List.of(RULES, SCENARIOS)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path f : walk.filter(FuzzInput::isCompose).sorted().toList()) {
          Path dir = f.getParent();
          Optional<String> topology = read(dir.resolve("topology.yml"))
              .or(() -> read(dir.getParent().resolve("topology.yml")))
              .or(() -> dir.getParent().getParent() == null ? Optional.empty() : read(dir.getParent().getParent().resolve("topology.yml")));
          out.add(new FuzzInput(read(f).orElseThrow(), read(dir.resolve(".env")), topology));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The inputs kept from earlier runs, each a directory. */
  static List<FuzzInput> regressions() {
    if (!Files.isDirectory(REGRESSIONS)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(REGRESSIONS)) {
      return dirs.filter(Files::isDirectory).sorted().map(FuzzInput::readDir).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FuzzInput readDir(Path dir) {
    return new FuzzInput(read(dir.resolve("docker-compose.yml")).orElse(""), read(dir.resolve(".env")),
        read(dir.resolve("topology.yml")));
  }

  /** Writes the project as the pipeline expects it: app/docker-compose.yml, app/.env, topology.yml. */
  Path writeTo(Path dir) throws IOException {
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("docker-compose.yml"), compose);
    if (env.isPresent()) {
      Files.writeString(app.resolve(".env"), env.get());
    }
    if (topology.isPresent()) {
      Files.writeString(dir.resolve("topology.yml"), topology.get());
    }
    return app;
  }

  /** The same three files side by side, as a regression fixture. */
  void keep(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("docker-compose.yml"), compose);
    if (env.isPresent()) {
      Files.writeString(dir.resolve(".env"), env.get());
    }
    if (topology.isPresent()) {
      Files.writeString(dir.resolve("topology.yml"), topology.get());
    }
  }

  private static boolean isCompose(Path f) {
    String name = f.getFileName().toString();
    return (name.endsWith(".yml") || name.endsWith(".yaml")) && !name.equals("topology.yml")
        && !f.toString().contains("/expected/") && Files.isRegularFile(f);
  }

  private static Optional<String> read(Path p) {
    try {
      return Files.isRegularFile(p)
          ? Optional.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
