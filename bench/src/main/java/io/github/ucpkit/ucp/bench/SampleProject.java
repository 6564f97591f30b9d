package io.github.ucpkit.ucp.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a developer feels: {@code mvn validate} (and {@code generate-resources}) on sample-project
 * with the plugin against the same build with {@code -Ducp.skip}, whole processes, interleaved so
 * that drift on the machine hits every variant alike.
 */
final class SampleProject {

  private record Variant(String id, String what, List<String> args) {}

  private static final List<Variant> VARIANTS = List.of(
      new Variant("sample-skip", "sample-project mvn validate -Ducp.skip (baseline)", List.of("validate", "-Ducp.skip")),
      new Variant("sample-validate", "sample-project mvn validate, inputs unchanged (cache)", List.of("validate")),
      new Variant("sample-validate-cold", "sample-project mvn validate -Ducp.cache=false",
          List.of("validate", "-Ducp.cache=false")),
      new Variant("sample-generate-skip", "sample-project mvn generate-resources -Ducp.skip (baseline)",
          List.of("generate-resources", "-Ducp.skip")),
      new Variant("sample-generate", "sample-project mvn generate-resources, inputs and outputs unchanged",
          List.of("generate-resources")));

  private final Harness.Options o;
  private boolean generateReused;

  SampleProject(Harness.Options o) {
    this.o = o;
  }

  List<Timing> measure() throws IOException, InterruptedException {
    Harness.log("sample-project overhead, " + o.sampleRuns() + " runs per variant");
    Path log = o.work().resolve("sample.log");
    // one full run first: it fills the cache and writes the artifacts the unchanged runs then find
    Proc.Run prime = mvn(List.of("generate-resources"), log);
    if (prime.exit() != 0) {
      throw new IOException("sample-project does not build; see " + log);
    }
    Proc.Run again = mvn(List.of("generate-resources"), log);
    generateReused = again.exit() == 0 && again.output().contains("results are reused");
    Map<Variant, List<Double>> seconds = new LinkedHashMap<>();
    VARIANTS.forEach(v -> seconds.put(v, new ArrayList<>()));
    for (int i = 0; i < o.sampleRuns(); i++) {
      for (int k = 0; k < VARIANTS.size(); k++) {
        Variant v = VARIANTS.get((i + k) % VARIANTS.size());
        List<String> quiet = new ArrayList<>(v.args());
        quiet.add("-q");
        Proc.Run r = mvn(quiet, log);
        if (r.exit() != 0) {
          throw new IOException(v.what() + " failed; see " + log);
        }
        seconds.get(v).add(r.seconds());
      }
    }
    List<Timing> out = new ArrayList<>();
    seconds.forEach((v, s) -> out.add(Timing.of(v.id(), v.what(), 1, s, "")));
    return out;
  }

  /** Whether the second of two identical generate runs reused the first's results (logged by the plugin). */
  boolean generateReused() {
    return generateReused;
  }

  private Proc.Run mvn(List<String> args, Path log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(o.repo().resolve("mvnw").toString(), "-o", "-B", "-Dstyle.color=never"));
    command.addAll(args);
    return Proc.run(o.repo().resolve("sample-project"), Map.of(), log, false, command);
  }
}
