package io.github.ucpkit.ucp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** Runs one external command, whole process timed, output kept in a file for inspection. */
final class Proc {

  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  /** @param peakKb the process's peak resident set, when GNU time was there to measure it */
  record Run(int exit, double seconds, OptionalLong peakKb, String output) {}

  private Proc() {}

  static boolean canMeasureMemory() {
    return Files.isExecutable(GNU_TIME);
  }

  static Run run(Path dir, Map<String, String> env, Path log, boolean measureMemory, List<String> command)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    Path memory = log.resolveSibling(log.getFileName() + ".rss");
    if (measureMemory) {
      full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", memory.toString()));
    }
    full.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new IOException("timed out after 60 min: " + String.join(" ", command));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    OptionalLong peak = OptionalLong.empty();
    if (measureMemory && Files.isRegularFile(memory)) {
      List<String> lines = Files.readAllLines(memory);
      peak = OptionalLong.of(Long.parseLong(lines.get(lines.size() - 1).trim()));
    }
    return new Run(p.exitValue(), seconds, peak, new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8));
  }

  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
