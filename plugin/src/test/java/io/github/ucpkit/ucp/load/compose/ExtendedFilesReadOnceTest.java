package io.github.ucpkit.ucp.load.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.load.Disk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file another one extends is parsed once for that file: by its loading (docker-compose validates
 * it) and then by every rule that follows the chain (env files, build contexts, health checks, names,
 * the targets). Each of them used to read and parse it again.
 */
class ExtendedFilesReadOnceTest {

  /** Counts whole-file reads per path and passes every question on to the real disk. */
  private static final class CountingDisk implements Disk {
    final Map<Path, AtomicInteger> reads = new ConcurrentHashMap<>();

    @Override
    public Kind kind(Path path) {
      return Disk.real().kind(path);
    }

    @Override
    public boolean isLink(Path path) {
      return Disk.real().isLink(path);
    }

    @Override
    public long size(Path path) throws IOException {
      return Disk.real().size(path);
    }

    @Override
    public Optional<byte[]> readAtMost(Path path, long maxBytes) throws IOException {
      reads.computeIfAbsent(path.toAbsolutePath().normalize(), p -> new AtomicInteger()).incrementAndGet();
      return Disk.real().readAtMost(path, maxBytes);
    }

    @Override
    public List<Path> yamlFilesUnder(Path dir) throws IOException {
      return Disk.real().yamlFilesUnder(dir);
    }
  }

  @Test
  void eachExtendedFileIsReadOncePerFileThatExtendsIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("app.env"), "MODE=prod\n");
    Files.createDirectories(dir.resolve("ctx"));
    Files.writeString(dir.resolve("base.yml"), """
        version: "2.4"
        services:
          app:
            build: ./ctx
            image: example/app:1.0
            env_file: app.env
            healthcheck:
              test: ["CMD", "true"]
              interval: 30s
          worker:
            extends:
              service: app
        """);
    Path main = Files.writeString(dir.resolve("docker-compose.yml"), """
        version: "2.4"
        services:
          web:
            extends:
              file: base.yml
              service: app
          jobs:
            extends:
              file: ./base.yml
              service: worker
        """);
    Path other = Files.writeString(dir.resolve("other.yml"), """
        version: "2.4"
        services:
          api:
            extends:
              file: base.yml
              service: app
        """);
    CountingDisk disk = new CountingDisk();

    Pipeline.Validated validated = Pipeline.validate(
        new Pipeline.Request(List.of(main, other), Set.of(), Map.of()), disk, name -> Optional.empty(), Pipeline.Keep.MODEL);

    assertEquals(List.of(), validated.diagnostics().stream().filter(Diagnostic::isError).toList());
    // once for each of the two files that extend it, however many rules and services follow the chains
    assertEquals(2, disk.reads.get(dir.resolve("base.yml").toAbsolutePath().normalize()).get());
    assertEquals(1, disk.reads.get(main.toAbsolutePath().normalize()).get());
  }
}
