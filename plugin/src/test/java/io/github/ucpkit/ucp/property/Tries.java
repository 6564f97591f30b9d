package io.github.ucpkit.ucp.property;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Seeded random cases as JUnit dynamic tests: case {@code i} draws from {@code new Random(SEED + i)},
 * so a failure names the one case to replay, and every build draws the same cases. 500 per build;
 * {@code -Pthorough} (or {@code -Ducp.properties.tries=N}) runs more.
 */
public final class Tries {

  public static final long SEED = 20261126L;

  private Tries() {}

  public static int count() {
    return Integer.getInteger("ucp.properties.tries", 500);
  }

  public static <T> Stream<DynamicTest> of(String what, Function<Random, T> draw, ThrowingConsumer<T> property) {
    return IntStream.range(0, count()).mapToObj(i -> DynamicTest.dynamicTest(
        what + " #" + i + " (seed " + SEED + "+" + i + ")",
        () -> property.accept(draw.apply(new Random(SEED + i)))));
  }
}
