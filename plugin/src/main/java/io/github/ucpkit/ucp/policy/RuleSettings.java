package io.github.ucpkit.ucp.policy;

import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A project's rule settings: a rule id or a group ({@code COMPOSE-*}, {@code COMPOSE-NET-*}) mapped to
 * {@code off}, {@code error}, {@code warning} or {@code note}. A rule takes the setting of its own id,
 * else of the longest group that contains it, else its default severity. Every key must name a rule
 * or a group that exists, so a typo fails the build instead of silently changing nothing.
 */
public final class RuleSettings {

  private static final RuleSettings NONE = new RuleSettings(Map.of());
  private static final String LEVELS = "off, error, warning or note";

  /** Key (an id, or a group prefix ending in {@code -}) to the severity, or empty for off; sorted. */
  private final Map<String, Optional<Severity>> settings;

  private RuleSettings(Map<String, Optional<Severity>> settings) {
    this.settings = settings;
  }

  public static RuleSettings none() {
    return NONE;
  }

  /**
   * Reads {@code ID=level} and {@code GROUP-*=level} entries; an entry may itself hold several,
   * comma-separated, as {@code -Ducp.rules=A=off,B-*=note} does.
   *
   * @throws PolicyException naming the first entry that is not a setting of a known rule or group
   */
  public static RuleSettings parse(Collection<String> entries, Collection<RuleInfo> catalog) {
    Map<String, RuleInfo> ids = new LinkedHashMap<>();
    catalog.forEach(r -> ids.put(r.id(), r));
    TreeSet<String> groups = new TreeSet<>();
    for (String id : ids.keySet()) {
      for (int dash = id.indexOf('-'); dash >= 0; dash = id.indexOf('-', dash + 1)) {
        groups.add(id.substring(0, dash + 1));
      }
    }
    Map<String, Optional<Severity>> out = new TreeMap<>();
    for (String entry : entries == null ? java.util.List.<String>of() : entries) {
      for (String part : (entry == null ? "" : entry).split(",")) {
        String setting = part.strip();
        if (setting.isEmpty()) {
          continue;
        }
        int eq = setting.indexOf('=');
        if (eq < 0) {
          throw new PolicyException("rule setting \"" + setting + "\" has no level: write " + setting + "=off (or "
              + LEVELS + ")");
        }
        String key = setting.substring(0, eq).strip().toUpperCase(Locale.ROOT);
        Optional<Severity> level = level(setting, setting.substring(eq + 1).strip());
        String normalised = check(key, setting, ids, groups);
        Optional<Severity> previous = out.putIfAbsent(normalised, level);
        if (previous != null && !previous.equals(level)) {
          throw new PolicyException("rule setting \"" + setting + "\" contradicts an earlier setting of " + key
              + " (" + label(previous) + ")");
        }
      }
    }
    return out.isEmpty() ? NONE : new RuleSettings(Map.copyOf(out));
  }

  public boolean isEmpty() {
    return settings.isEmpty();
  }

  /** The severity {@code rule} has in this project, or empty when it is off. */
  public Optional<Severity> severity(RuleInfo rule) {
    return severity(rule.id(), rule.severity());
  }

  /** The severity a finding of rule {@code id}, whose default is {@code byDefault}, has in this project. */
  public Optional<Severity> severity(String id, Severity byDefault) {
    Optional<Severity> own = settings.get(id);
    if (own != null) {
      return own;
    }
    for (int dash = id.lastIndexOf('-'); dash > 0; dash = id.lastIndexOf('-', dash - 1)) {
      Optional<Severity> group = settings.get(id.substring(0, dash + 1));
      if (group != null) {
        return group;
      }
    }
    return Optional.of(byDefault);
  }

  /** The settings in a stable form, for the run cache's key and for messages: {@code COMPOSE-*=note,...}. */
  public String canonical() {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(settings).forEach((k, v) ->
        sb.append(sb.length() == 0 ? "" : ",").append(k.endsWith("-") ? k + "*" : k).append('=').append(label(v)));
    return sb.toString();
  }

  @Override
  public String toString() {
    return canonical();
  }

  /** The word for a setting: a severity's label, or {@code off}. */
  public static String label(Optional<Severity> level) {
    return level.map(Severity::label).orElse("off");
  }

  private static Optional<Severity> level(String setting, String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "off":
        return Optional.empty();
      case "error":
        return Optional.of(Severity.ERROR);
      case "warning":
        return Optional.of(Severity.WARNING);
      case "note":
        return Optional.of(Severity.NOTE);
      default:
        throw new PolicyException("rule setting \"" + setting + "\": \"" + word + "\" is not a level; use " + LEVELS);
    }
  }

  /** The key as stored (an id, or a group prefix ending in {@code -}), if it names something that exists. */
  private static String check(String key, String setting, Map<String, RuleInfo> ids, TreeSet<String> groups) {
    if (key.endsWith("-*")) {
      String prefix = key.substring(0, key.length() - 1);
      if (!groups.contains(prefix)) {
        TreeSet<String> patterns = new TreeSet<>();
        groups.forEach(g -> patterns.add(g + "*"));
        throw new PolicyException("rule setting \"" + setting + "\": no rule id starts with " + prefix
            + DidYouMean.hint(key, patterns));
      }
      return prefix;
    }
    if (!ids.containsKey(key)) {
      String kind = key.contains("*") ? "a group is written GROUP-*, as in COMPOSE-*" : "no rule has the id " + key;
      throw new PolicyException("rule setting \"" + setting + "\": " + kind + DidYouMean.hint(key, ids.keySet()));
    }
    return key;
  }
}
