package io.github.ucpkit.ucp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The other tools on the same files: (c) dclint over the directory, (d) docker-compose per file. */
final class Others {

  static final String DCLINT_VERSION = "3.1.0";
  /** dclint's own rule for which files a directory search picks up. */
  private static final Pattern DCLINT_NAMES = Pattern.compile("^(?:docker-)?compose.*\\.ya?ml$");
  private static final int COMPOSE_SAMPLE = 50;

  private Others() {}

  /** (c) dclint, one process over the whole directory; bench/run installs it under bench/target/tools. */
  static Timing dclint(Harness.Options o, Path corpus) throws IOException, InterruptedException {
    String what = "dclint " + DCLINT_VERSION + ", one process over the directory";
    Path local = o.repo().resolve("bench/target/tools/node_modules/.bin/dclint");
    String program = Files.isExecutable(local) ? local.toString() : Proc.onPath("dclint") ? "dclint" : null;
    if (program == null) {
      return Timing.missing("dclint", what, "not installed (needs npm; bench/run installs it when npm is there)");
    }
    Path log = o.work().resolve("dclint.log");
    Proc.Run v = Proc.run(o.work(), Map.of(), log, false, List.of(program, "--version"));
    if (!v.output().trim().equals(DCLINT_VERSION)) {
      return Timing.missing("dclint", what, "found dclint " + v.output().trim() + ", not " + DCLINT_VERSION);
    }
    Harness.log("dclint, " + corpus.getFileName());
    int files = BenchCorpus.files(corpus, n -> DCLINT_NAMES.matcher(n).matches()).size();
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < Math.min(3, o.reps()); i++) {
      Proc.Run r = Proc.run(o.work(), Map.of(), log, false, List.of(program, "-r", "--no-color", corpus.toString()));
      if (r.exit() > 1) {
        throw new IOException("dclint failed without a report; see " + log);
      }
      seconds.add(r.seconds());
    }
    return Timing.of("dclint", what, files, seconds, "files matching its name pattern");
  }

  /** (d) {@code docker-compose config -q}, one process per file, on a sample of the real files. */
  static Timing dockerCompose(Harness.Options o, Path corpus) throws IOException, InterruptedException {
    String what = "docker-compose config -q, per file";
    if (!Proc.onPath("docker-compose")) {
      return Timing.missing("docker-compose", what, "not installed");
    }
    Harness.log("docker-compose config -q on " + COMPOSE_SAMPLE + " files");
    List<Path> real = BenchCorpus.files(corpus, BenchCorpus.COMPOSE::equals);
    int realEntries = Math.min(real.size(), RealEntry.read(o.repo().resolve("corpus")).size());
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < COMPOSE_SAMPLE; i++) {
      Path file = real.get(i * realEntries / COMPOSE_SAMPLE);
      Proc.Run r = Proc.run(file.getParent(), Map.of(), o.work().resolve("docker-compose.log"), false,
          List.of("docker-compose", "-f", file.getFileName().toString(), "config", "-q"));
      seconds.add(r.seconds());
    }
    return Timing.of("docker-compose", what, COMPOSE_SAMPLE, seconds, "every " + realEntries / COMPOSE_SAMPLE
        + "th real file; runs = files");
  }
}
