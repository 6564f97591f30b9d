package io.github.ucpkit.ucp.bench;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.load.Disk;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** (b) The plugin's validation of a whole corpus directory, in-process: what one mvn run does, minus Maven. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidateBenchmark {

  /** A corpus directory built by {@link BenchCorpus}. */
  @Param("")
  public String corpus;

  @Benchmark
  public Pipeline.Validated validate() {
    Pipeline.Request request = new Pipeline.Request(List.of(Path.of(corpus)), Set.of(), System.getenv());
    // as the validate goal runs it: nothing will be rendered, so only the model is kept
    return Pipeline.validate(request, Disk.real(), name -> Optional.ofNullable(System.getenv(name)), Pipeline.Keep.MODEL);
  }
}
