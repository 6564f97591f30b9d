package io.github.ucpkit.ucp.model.yaml;

import io.github.ucpkit.ucp.diag.Location;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

  /**
   * This map with each entry's value replaced by {@code f}'s answer; this very map when every
   * answer is the value itself, so a rewrite that changes nothing copies nothing.
   */
  public YMap withValues(Function<Entry, YNode> f) {
    Map<String, Entry> out = null;
    for (Entry e : entries.values()) {
      YNode value = f.apply(e);
      if (value != e.value()) {
        if (out == null) {
          out = new LinkedHashMap<>(entries);
        }
        out.put(e.key().text(), new Entry(e.key(), value));
      }
    }
    return out == null ? this : new YMap(out, at);
  }

  public int size() {
    return entries.size();
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
