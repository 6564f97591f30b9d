package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one place routes are derived: every service of every file, asked of every label family. Rules
 * read {@link #all()} (resolved or not, in file order) and report each {@link Unresolved}; the
 * generator renders {@link #resolved()} and refuses to run when anything is unresolved.
 */
public record Routes(List<Routing> all) {

  /** The label families that ask for routes, in the order they are asked. */
  private static final List<RouteSource> SOURCES = List.of(new InterlockLabels(), new Interlock2Labels());

  public Routes {
    all = List.copyOf(all);
  }

  public static Routes of(List<ComposeFile> files) {
    List<Routing> out = new ArrayList<>();
    for (ComposeFile file : files) {
      for (Service service : file.services()) {
        for (RouteSource source : SOURCES) {
          source.resolve(file, service).ifPresent(out::add);
        }
      }
    }
    return new Routes(out);
  }

  /** The routes that resolved, sorted by primary name: what the artifacts are rendered from. */
  public List<Route> resolved() {
    return all.stream()
        .filter(Route.class::isInstance)
        .map(Route.class::cast)
        .sorted(Comparator.comparing(Route::primary))
        .toList();
  }

  /** The routings that did not resolve, in file order. */
  public List<Unresolved> unresolved() {
    return all.stream().filter(Unresolved.class::isInstance).map(Unresolved.class::cast).toList();
  }

  /** Every issue of the given kind, with its routing, in file order. */
  public List<Found> issues(Problem problem) {
    List<Found> out = new ArrayList<>();
    for (Unresolved u : unresolved()) {
      u.issues(problem).forEach(i -> out.add(new Found(u, i)));
    }
    return out;
  }

  /** Every issue of the given kind from one label family ({@link RouteSource}), for a rule about its labels. */
  public List<Found> issues(Problem problem, String source) {
    return issues(problem).stream().filter(f -> f.routing().source().equals(source)).toList();
  }

  /** An issue and the routing it belongs to. */
  public record Found(Unresolved routing, Issue issue) {}
}
