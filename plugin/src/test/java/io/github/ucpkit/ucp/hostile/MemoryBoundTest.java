package io.github.ucpkit.ucp.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory bound the README states: the largest project each limit lets through validates and
 * generates in a JVM whose heap is {@value #HEAP_MIB} MiB. Measured: all usually pass at 128 MiB,
 * but once failed at 160 MiB (the generated app file's buffers are large arrays, which the
 * collector cannot always place in a small heap), and the largest fail at 96 MiB; the bound keeps
 * a margin. A run holds one such file per core at a time.
 */
public class MemoryBoundTest {

  public static final int HEAP_MIB = 256;

  @Test
  void theWorstCaseOfEveryLimitFitsTheHeap(@TempDir Path dir) throws Exception {
    WorstCases.write(dir);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP_MIB + "m",
        "-cp", System.getProperty("java.class.path"), WorstCases.class.getName()));
    List<String> expected = new ArrayList<>();
    for (String name : WorstCases.all().keySet()) {
      command.add(dir.resolve(name).toString());
      expected.add(name + ": 0 errors, 1 artifacts");
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    List<String> lines = output.lines().filter(l -> !l.startsWith("SLF4J")).toList();
    assertEquals(expected, lines, output);
    assertEquals(0, p.exitValue(), output);
  }
}
