package io.github.ucpkit.ucp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;

/** Peak memory: the largest corpus through one mvn run whose JVM may use at most 256 MiB of heap. */
record Memory(Timing timing, int files, int checked, boolean outOfMemory, OptionalLong peakKb) {

  static final String HEAP = "-Xmx256m";

  static Memory measure(Harness.Options o, String version, Path corpus) throws IOException, InterruptedException {
    int files = BenchCorpus.yamlFiles(corpus).size();
    String what = "plugin validate under MAVEN_OPTS=" + HEAP + " (peak RSS)";
    if (!Proc.canMeasureMemory()) {
      return new Memory(Timing.missing("memory", what, "GNU time (/usr/bin/time) not installed"), files, 0, false,
          OptionalLong.empty());
    }
    Harness.log("peak memory, " + files + " files under " + HEAP);
    Path dir = Files.createDirectories(o.work().resolve("mvn-memory"));
    Path log = o.work().resolve("memory.log");
    Proc.Run r = Proc.run(dir, Map.of("MAVEN_OPTS", HEAP), log, true, Harness.validateCommand(o.repo(), version, corpus));
    boolean oom = r.output().contains("OutOfMemoryError");
    int checked = oom ? 0 : Harness.filesChecked(r, log);
    String mb = r.peakKb().isPresent() ? Math.round(r.peakKb().getAsLong() / 1024.0) + " MiB peak RSS" : "";
    Timing t = new Timing("memory", what, files, r.seconds(), r.seconds(), r.seconds(), 1,
        (oom ? "OutOfMemoryError; " : checked + " checked; ") + mb);
    return new Memory(t, files, checked, oom, r.peakKb());
  }
}
