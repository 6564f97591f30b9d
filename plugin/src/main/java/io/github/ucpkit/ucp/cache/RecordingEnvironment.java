package io.github.ucpkit.ucp.cache;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The process environment as a lookup that remembers which variables a run asked for. */
public final class RecordingEnvironment implements Function<String, Optional<String>> {

  private final Map<String, String> environment;
  private final Map<String, Fact> facts = new ConcurrentHashMap<>();

  public RecordingEnvironment(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Optional<String> apply(String name) {
    Optional<String> value = Optional.ofNullable(environment.get(name));
    facts.put(name, new Fact(Fact.Type.ENV, name, answer(environment, name)));
    return value;
  }

  List<Fact> facts() {
    return List.copyOf(facts.values());
  }

  static String answer(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null ? "unset" : Hashes.of(value);
  }
}
