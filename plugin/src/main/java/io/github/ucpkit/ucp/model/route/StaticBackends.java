package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.StaticBackend;
import io.github.ucpkit.ucp.model.topology.Topology.Backends;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which routed service each entry of static mode's {@code backends} is for. A key is a service name
 * ({@code web}), which applies to the routed service of that name in any project, or
 * {@code <project>/<service>} ({@code shop/web}, the project as docker-compose names it), which applies
 * to that project's service only. A key must apply to exactly one routed service and a routed
 * service must have exactly one key, or the backends of one app would serve another's names
 * (XREF-ELB-001 and XREF-ELB-003 report each way this fails).
 */
public final class StaticBackends {

  /** A backends key, parsed: the project when qualified, and the service. */
  public record Key(Backends entry, Optional<String> project, String service) {

    static Key of(Backends entry) {
      String text = entry.service().value();
      int slash = text.indexOf('/');
      return slash < 0
          ? new Key(entry, Optional.empty(), text)
          : new Key(entry, Optional.of(text.substring(0, slash)), text.substring(slash + 1));
    }

    public Located<String> text() {
      return entry.service();
    }

    public boolean qualified() {
      return project.isPresent();
    }

    boolean appliesTo(Routing r) {
      return r.service().name().equals(service) && project.map(p -> p.equals(r.file().project())).orElse(true);
    }
  }

  private final List<Key> keys;
  private final Map<String, List<Routing>> routingsByService = new HashMap<>();
  private final Map<String, List<Key>> keysByService = new HashMap<>();

  private StaticBackends(List<Key> keys, List<Routing> routings) {
    this.keys = List.copyOf(keys);
    routings.forEach(r -> routingsByService.computeIfAbsent(r.service().name(), s -> new ArrayList<>()).add(r));
    keys.forEach(k -> keysByService.computeIfAbsent(k.service(), s -> new ArrayList<>()).add(k));
  }

  public static StaticBackends of(List<Backends> entries, List<? extends Routing> routings) {
    return new StaticBackends(entries.stream().map(Key::of).toList(), List.copyOf(routings));
  }

  /** {@code project/service}: the key that applies to this routed service alone. */
  public static String qualified(Routing r) {
    return r.file().project() + "/" + r.service().name();
  }

  public List<Key> keys() {
    return keys;
  }

  /** The routed services a key applies to, in file order. */
  public List<Routing> routings(Key key) {
    return routingsByService.getOrDefault(key.service(), List.of()).stream().filter(key::appliesTo).toList();
  }

  /** The keys that apply to a routed service, in the spec's order. */
  public List<Key> keys(Routing r) {
    return keysByService.getOrDefault(r.service().name(), List.of()).stream().filter(k -> k.appliesTo(r)).toList();
  }

  /**
   * The backends of a route, sorted, each once. Only for a route that validation found exactly one
   * key for, which applies to it alone.
   */
  public List<StaticBackend> backends(Route route) {
    List<Key> mine = keys(route);
    if (mine.size() != 1 || routings(mine.get(0)).size() != 1) {
      throw new IllegalStateException("validation let route " + qualified(route) + " through with keys " + mine);
    }
    return mine.get(0).entry().entries().stream()
        .map(e -> StaticBackend.parse(e.value())
            .orElseThrow(() -> new IllegalStateException("validation let backend " + e.value() + " through")))
        .sorted()
        .distinct()
        .toList();
  }
}
