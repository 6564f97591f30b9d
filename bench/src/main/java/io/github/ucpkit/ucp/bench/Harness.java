package io.github.ucpkit.ucp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench/run}: builds the corpora, times every contender side by side in one run, prints a
 * table of times and the targets, and writes it as CSV and Markdown under {@code
 * bench/results/} (with {@code --readme}, also into the README's performance section).
 */
public final class Harness {

  static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
  private static final Pattern CHECKED = Pattern.compile("ucp: (\\d+) files? checked");

  private final Options o;
  private final String version;

  /**
   * @param sizes corpus sizes; the smallest is the one dclint and docker-compose are compared on,
   *     the largest the one memory and the parse floor are measured on
   */
  record Options(Path repo, Path work, List<Integer> sizes, int reps, int sampleRuns, boolean readme) {

    static Options parse(String[] args) {
      Path repo = Path.of(".").toAbsolutePath().normalize();
      List<Integer> sizes = List.of(1_000, 10_000);
      int reps = 5;
      int sampleRuns = 7;
      boolean readme = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--repo" -> repo = Path.of(args[++i]).toAbsolutePath().normalize();
          case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).sorted().toList();
          case "--reps" -> reps = Integer.parseInt(args[++i]);
          case "--sample-runs" -> sampleRuns = Math.max(5, Integer.parseInt(args[++i]));
          case "--readme" -> readme = true;
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + " (known: --repo DIR --sizes 1000,10000 --reps N --sample-runs N --readme)");
        }
      }
      return new Options(repo, repo.resolve("bench/target/work"), sizes, reps, sampleRuns, readme);
    }

    int smallest() {
      return sizes.get(0);
    }

    int largest() {
      return sizes.get(sizes.size() - 1);
    }
  }

  private Harness(Options o) throws IOException {
    this.o = o;
    this.version = pluginVersion();
  }

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    Results results = new Harness(o).run();
    System.out.println();
    System.out.print(results.text());
    Path out = Files.createDirectories(o.repo().resolve("bench/results"));
    Files.writeString(out.resolve("latest.csv"), results.csv());
    Files.writeString(out.resolve("latest.md"), results.markdown());
    System.out.println("\nwritten: bench/results/latest.csv, bench/results/latest.md");
    if (o.readme()) {
      Readme.update(o.repo().resolve("README.md"), results.markdown());
      System.out.println("updated: README.md (performance section)");
    }
  }

  private Results run() throws Exception {
    Files.createDirectories(o.work());
    Map<Integer, Path> corpora = new LinkedHashMap<>();
    for (int size : o.sizes()) {
      log("corpus of " + size);
      corpora.put(size, BenchCorpus.build(o.repo().resolve("corpus"), o.work().resolve("corpus-" + size), size));
    }
    List<Timing> timings = new ArrayList<>();
    Map<String, Timing> byId = new LinkedHashMap<>();
    for (int size : o.sizes()) {
      add(timings, byId, pluginViaMaven(size, corpora.get(size), Map.of()));
    }
    // the JVM flag behind Maven's own "faster builds" advice, which a project sets in .mvn/jvm.config
    add(timings, byId, pluginViaMaven(o.smallest(), corpora.get(o.smallest()), Map.of("MAVEN_OPTS", C1_ONLY)));
    log("JMH: plugin in-process and the parse floor");
    for (Timing t : InProcess.measure(corpora, o.reps())) {
      add(timings, byId, t);
    }
    Path small = corpora.get(o.smallest());
    add(timings, byId, Others.dclint(o, small));
    add(timings, byId, Others.dockerCompose(o, small));
    SampleProject sample = new SampleProject(o);
    for (Timing t : sample.measure()) {
      add(timings, byId, t);
    }
    Memory memory = Memory.measure(o, version, corpora.get(o.largest()));
    add(timings, byId, memory.timing());
    return new Results(machine(), timings, Targets.of(o, byId, sample.generateReused(), memory));
  }

  private static void add(List<Timing> timings, Map<String, Timing> byId, Timing t) {
    timings.add(t);
    byId.put(t.id(), t);
  }

  /** (a) One {@code mvn} invocation over the whole corpus, whole process, no cache. */
  private Timing pluginViaMaven(int size, Path corpus, Map<String, String> env) throws IOException, InterruptedException {
    boolean c1 = !env.isEmpty();
    log("plugin via mvn, " + size + " files" + (c1 ? ", " + C1_ONLY : ""));
    Path dir = Files.createDirectories(o.work().resolve("mvn-" + size));
    List<Double> seconds = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i <= o.reps(); i++) {
      Proc.Run r = Proc.run(dir, env, o.work().resolve("mvn-" + size + ".log"), false, validateCommand(o.repo(), version, corpus));
      checked = filesChecked(r, o.work().resolve("mvn-" + size + ".log"));
      if (i > 0) { // the first run warms the page cache and Maven's local repository reads
        seconds.add(r.seconds());
      }
    }
    return c1
        ? Timing.of("plugin-mvn-c1-" + size, "the same with MAVEN_OPTS=" + C1_ONLY, checked, seconds,
            "a .mvn/jvm.config line; not the default")
        : Timing.of("plugin-mvn-" + size, "ucp-maven-plugin validate, one mvn run (whole process)", checked, seconds,
            "exit 1 expected: the real files have errors");
  }

  static List<String> validateCommand(Path repo, String version, Path corpus) {
    return List.of(repo.resolve("mvnw").toString(), "-o", "-B", "-Dstyle.color=never",
        "io.github.ucpkit:ucp-maven-plugin:" + version + ":validate", "-Ducp.compose=" + corpus, "-Ducp.cache=false");
  }

  static int filesChecked(Proc.Run r, Path log) throws IOException {
    Matcher m = CHECKED.matcher(r.output());
    if (!m.find()) {
      throw new IOException("the plugin run did not report what it checked; see " + log);
    }
    return Integer.parseInt(m.group(1));
  }

  private static String pluginVersion() throws IOException {
    try (InputStream in = Harness.class.getResourceAsStream("/META-INF/maven/io.github.ucpkit/ucp-maven-plugin/pom.properties")) {
      if (in == null) {
        throw new IOException("the plugin's pom.properties is not on the class path; run bench/run, not the class");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  private static String machine() throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
        .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
    return String.format("%s, %d cores, %d GiB RAM, %s %s, Java %s; %s", cpu, Runtime.getRuntime().availableProcessors(),
        Math.round(memKb / 1024.0 / 1024.0), System.getProperty("os.name"), System.getProperty("os.version"),
        System.getProperty("java.version"), LocalDate.now(ZoneOffset.UTC));
  }

  static void log(String message) {
    System.err.println("[bench] " + message);
  }
}
