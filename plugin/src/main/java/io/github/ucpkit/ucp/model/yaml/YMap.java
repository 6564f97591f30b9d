package io.github.ucpkit.ucp.model.yaml;

import io.github.ucpkit.ucp.diag.Location;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping with string-text keys in source order. Like PyYAML, a repeated key keeps its first place
 * and its last value; the reader reports the repetition separately.
 */
public record YMap(Map<String, Entry> entries, Location at) implements YNode {

  /** A key (always a scalar: complex keys are rejected by the reader) and its value. */
  public record Entry(YScalar key, YNode value) {}

  public YMap {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  public static YMap of(List<Entry> list, Location at) {
    Map<String, Entry> map = new LinkedHashMap<>();
    for (Entry e : list) {
      map.put(e.key().text(), e);
    }
    return new YMap(map, at);
  }

  public Optional<YNode> get(String key) {
    Entry e = entries.get(key);
    return e == null ? Optional.empty() : Optional.of(e.value());
  }

  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Collection<Entry> all() {
    return entries.values();
  }

  public int size() {
    return entries.size();
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
