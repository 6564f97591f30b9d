package io.github.ucpkit.ucp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * (e) The floor: find the same YAML files and parse them with snakeyaml-engine, nothing else. It
 * walks the directory and parses in parallel as the plugin does, so the ratio to {@link
 * ValidateBenchmark} is the cost of everything the plugin adds to parsing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseFloorBenchmark {

  @Param("")
  public String corpus;

  @Benchmark
  public long parse() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of(corpus))) {
      List<Path> files = walk.filter(ParseFloorBenchmark::isYaml).toList();
      return files.parallelStream().mapToLong(ParseFloorBenchmark::parse).sum();
    }
  }

  private static boolean isYaml(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yml") || name.endsWith(".yaml");
  }

  private static long parse(Path file) {
    long documents = 0;
    try {
      Load load = new Load(LoadSettings.builder().build());
      for (Object ignored : load.loadAllFromString(Files.readString(file, StandardCharsets.UTF_8))) {
        documents++;
      }
    } catch (IOException | YamlEngineException e) {
      // unreadable or invalid YAML: the parser has done its work on it all the same
    }
    return documents;
  }
}
