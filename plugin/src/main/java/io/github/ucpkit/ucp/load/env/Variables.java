package io.github.ucpkit.ucp.load.env;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The variables a compose file is interpolated with: the {@code .env} file overlaid by the process
 * environment, which wins, as in docker-compose 1.29.2.
 *
 * <p>A bare {@code KEY} line in {@code .env} (null value) is treated as absent. docker-compose
 * itself keeps such a key with Python's None, so there {@code $KEY} becomes the text "None" and
 * {@code ${KEY-d}} or {@code ${KEY?e}} become ""; we do not reproduce that accident.
 */
public final class Variables {

  private static final Variables NONE = new Variables(Map.of());

  private final Map<String, String> values;
  private final Function<String, Optional<String>> process;

  private Variables(Map<String, String> values) {
    this(values, name -> Optional.empty());
  }

  private Variables(Map<String, String> dotEnv, Function<String, Optional<String>> process) {
    this.values = dotEnv;
    this.process = process;
  }

  /**
   * The process environment as a lookup, so a caller can see which variables a file actually
   * uses; {@code .env} values fill in what it does not have.
   */
  public static Variables of(Function<String, Optional<String>> processEnv, Map<String, String> dotEnv) {
    Map<String, String> present = new HashMap<>();
    putPresent(present, dotEnv);
    return new Variables(Collections.unmodifiableMap(present), processEnv);
  }

  public static Variables of(Map<String, String> processEnv, Map<String, String> dotEnv) {
    Map<String, String> merged = new HashMap<>();
    putPresent(merged, dotEnv);
    putPresent(merged, processEnv);
    return new Variables(Collections.unmodifiableMap(merged));
  }

  /** No variables at all: every reference is unset. */
  public static Variables none() {
    return NONE;
  }

  public Optional<String> get(String name) {
    return process.apply(name).or(() -> Optional.ofNullable(values.get(name)));
  }

  private static void putPresent(Map<String, String> target, Map<String, String> source) {
    source.forEach(
        (key, value) -> {
          if (key != null && value != null) {
            target.put(key, value);
          }
        });
  }

  @Override
  public String toString() {
    // Values can be secrets; only the names are safe to print.
    return "Variables" + new TreeSet<>(values.keySet());
  }
}
