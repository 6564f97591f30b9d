package io.github.ucpkit.ucp.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/** (b) and (e): the plugin's validation and the parse floor, in a forked JVM under JMH. */
final class InProcess {

  private InProcess() {}

  static List<Timing> measure(Map<Integer, Path> corpora, int reps) throws RunnerException, IOException {
    Options options = new OptionsBuilder()
        .include(ValidateBenchmark.class.getSimpleName())
        .include(ParseFloorBenchmark.class.getSimpleName())
        .param("corpus", corpora.values().stream().map(Path::toString).toArray(String[]::new))
        .forks(1)
        .warmupIterations(3)
        .measurementIterations(reps)
        .shouldFailOnError(true)
        .build();
    List<Timing> out = new ArrayList<>();
    for (RunResult r : new Runner(options).run()) {
      Path corpus = Path.of(r.getParams().getParam("corpus"));
      int size = corpora.entrySet().stream().filter(e -> e.getValue().equals(corpus)).findFirst().orElseThrow().getKey();
      int files = BenchCorpus.yamlFiles(corpus).size();
      Statistics s = r.getPrimaryResult().getStatistics();
      boolean floor = r.getParams().getBenchmark().endsWith("ParseFloorBenchmark.parse");
      String id = (floor ? "floor-" : "plugin-jmh-") + size;
      String what = floor ? "floor: snakeyaml-engine parse only, in-process (JMH)" : "ucp-maven-plugin validate, in-process (JMH)";
      String note = floor ? "same walk and parallelism as the plugin" : "after 3 warm-up runs";
      out.add(new Timing(id, what, files, s.getPercentile(50) / 1000, s.getMin() / 1000, s.getMax() / 1000, (int) s.getN(), note));
    }
    out.sort((a, b) -> a.id().compareTo(b.id()));
    return out;
  }
}
