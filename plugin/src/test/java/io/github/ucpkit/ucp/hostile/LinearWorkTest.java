package io.github.ucpkit.ucp.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Work stays linear in the input, shown by counting instead of timing: the bytes the JVM allocates
 * while one thread validates and generates a 4 MiB file must stay under a fixed multiple of the
 * file's size. The quadratic step this replaced (snakeyaml-engine copying its window of the text on
 * every 1,024 characters of a long scalar) allocated about 8 GiB for a 4 MiB scalar, 2,000 times the
 * file; a linear pipeline allocates a few dozen times it, whatever the shape. (Searches that
 * allocate nothing, such as the .env reader's, are held linear by HostileInputTest's 1 MiB .env
 * cases, which a quadratic search would keep busy for minutes.)
 */
class LinearWorkTest {

  /** Bytes allocated per byte of input; the measured worst shape needs about a quarter of it. */
  private static final long PER_BYTE = 200;
  private static final int SIZE = 4 * 1024 * 1024;

  static Stream<Arguments> shapes() {
    return Stream.of(
        shape("one plain scalar", n -> "x-big: " + "a".repeat(n) + "\n"),
        shape("one quoted scalar", n -> "x-big: \"" + "a".repeat(n) + "\"\n"),
        shape("one single-quoted scalar with escapes", n -> "x-big: '" + "a''".repeat(n / 3) + "'\n"),
        shape("one literal block", n -> "x-big: |\n" + "  line\n".repeat(n / 7)),
        shape("one comment", n -> "# " + "c".repeat(n) + "\n"),
        shape("a long flow list", n -> "x-list: [" + "a, ".repeat(n / 3) + "a]\n"),
        shape("many keys", n -> "x-map:\n" + manyKeys(n)),
        shape("one value of $$", n -> "    environment:\n      A: \"" + "$$".repeat(n / 2) + "\"\n"),
        shape("one label of digits", n -> "    labels:\n      a: \"" + "1".repeat(n) + "\"\n"),
        shape("a plain base-60 label", n -> "    labels:\n      a: 1" + ":0".repeat(n / 2) + "\n"));
  }

  private static Arguments shape(String name, IntFunction<String> tail) {
    return Arguments.of(Named.of(name, tail));
  }

  private static String manyKeys(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < n; i++) {
      sb.append("  k").append(i).append(": v\n");
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void validatingAndGeneratingAllocatesLinearly(IntFunction<String> tail, @TempDir Path dir) throws Exception {
    String head = "version: \"2.4\"\nservices:\n  web:\n    image: nginx:1.27\n";
    String text = head + tail.apply(SIZE);
    Path file = dir.resolve("docker-compose.yml");
    Files.writeString(file, text);
    long bytes = Files.size(file);
    long allocated = allocatedBy(() -> {
      Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(file), Set.of(), Map.of()));
      if (!v.hasErrors()) {
        Pipeline.render(v, dir, SerialPolicy.of("2026-11-26T00:00:00Z"));
      }
    });
    System.out.printf("allocated %,d bytes for %,d bytes of input: %d per byte%n", allocated, bytes, allocated / bytes);
    assertTrue(allocated < PER_BYTE * bytes,
        () -> String.format("allocated %,d bytes for %,d bytes of input, over %d per byte", allocated, bytes, PER_BYTE));
  }

  private static long allocatedBy(Runnable work) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    work.run();
    return threads.getThreadAllocatedBytes(id) - before;
  }
}
