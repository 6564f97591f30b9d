package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.compose.ServiceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Services that wait on each other: a cycle through {@code depends_on}, {@code links},
 * {@code volumes_from} and {@code network_mode/pid/ipc: service:x}, a service naming itself
 * included. docker-compose orders services by these references and gives up on a cycle.
 *
 * <p>Every elementary cycle is reported once, at the reference from its last service back to its
 * first, where the first is the smallest name: the same file gives the same findings whatever order
 * its services are written in.
 */
public final class DependencyCycle implements Rule {

  /** Bounds the search on pathological files; real ones have a handful of services. */
  private static final int MAX_CYCLES = 100;

  private static final int MAX_STEPS = 100_000;

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-REF-003", Severity.ERROR, "Services depend on each other in a cycle");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  /** One reference, as an edge of the dependency graph. */
  private record Edge(String from, ServiceRef ref) {}

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (file.forStack()) {
        continue; // docker stack deploy ignores depends_on
      }
      Map<String, Map<String, Edge>> graph = graph(file);
      new Search(graph, findings).run();
    }
  }

  /**
   * For each service, the services it refers to (by name, sorted) with the first reference in
   * source order; references to services the file does not define are another rule's business.
   */
  private static Map<String, Map<String, Edge>> graph(ComposeFile file) {
    Map<String, Map<String, Edge>> graph = new TreeMap<>();
    for (Service service : file.services()) {
      Map<String, Edge> out = graph.computeIfAbsent(service.name(), k -> new TreeMap<>());
      List<ServiceRef> refs = new ArrayList<>();
      for (ServiceRef ref : service.references()) {
        if (ref.kind() != ServiceRef.Kind.VOLUMES_FROM) {
          refs.add(ref);
        }
      }
      refs.addAll(volumesFrom(service));
      refs.sort(Comparator.comparing(ServiceRef::at));
      for (ServiceRef ref : refs) {
        if (file.service(ref.target()).isPresent()) {
          out.putIfAbsent(ref.target(), new Edge(service.name(), ref));
        }
      }
    }
    return graph;
  }

  /**
   * {@code volumes_from} sources as docker-compose orders services by them: {@code x},
   * {@code x:ro}, {@code service:x:ro}, and also {@code container:x[:ro]}, which docker-compose
   * treats as a dependency too when a service happens to be called {@code x}.
   */
  private static List<ServiceRef> volumesFrom(Service service) {
    List<ServiceRef> out = new ArrayList<>();
    for (Located<String> item : Nodes.texts(service.definition().get("volumes_from"))) {
      String[] parts = item.value().split(":", -1);
      String source = switch (parts.length) {
        case 1 -> parts[0];
        case 2 -> parts[0].equals("container") ? parts[1] : parts[0];
        case 3 -> parts[0].equals("service") || parts[0].equals("container") ? parts[1] : null;
        default -> null;
      };
      if (source != null) {
        out.add(new ServiceRef(ServiceRef.Kind.VOLUMES_FROM, source, item.at()));
      }
    }
    return out;
  }

  /** Enumerates elementary cycles, each rooted at its smallest service name. */
  private static final class Search {
    private final Map<String, Map<String, Edge>> graph;
    private final Findings findings;
    private final List<String> path = new ArrayList<>();
    private final Set<String> onPath = new TreeSet<>();
    private int cycles;
    private int steps;

    Search(Map<String, Map<String, Edge>> graph, Findings findings) {
      this.graph = graph;
      this.findings = findings;
    }

    void run() {
      for (String start : graph.keySet()) {
        path.add(start);
        onPath.add(start);
        visit(start, start);
        path.clear();
        onPath.clear();
      }
    }

    private void visit(String start, String node) {
      for (Map.Entry<String, Edge> e : graph.get(node).entrySet()) {
        if (cycles >= MAX_CYCLES || ++steps > MAX_STEPS) {
          return;
        }
        String next = e.getKey();
        if (next.equals(start)) {
          report(e.getValue());
        } else if (next.compareTo(start) > 0 && !onPath.contains(next)) {
          path.add(next);
          onPath.add(next);
          visit(start, next);
          onPath.remove(next);
          path.remove(path.size() - 1);
        }
      }
    }

    private void report(Edge closing) {
      cycles++;
      String chain = String.join(" -> ", path) + " -> " + path.get(0);
      ServiceRef ref = closing.ref();
      String message = path.size() == 1
          ? "service \"" + closing.from() + "\" " + ref.kind().verb() + " itself (" + chain + ")"
          : "service \"" + closing.from() + "\" " + ref.kind().verb() + " service \"" + ref.target()
              + "\", which closes the dependency cycle " + chain;
      findings.report(
          ref.at(),
          message,
          "remove one reference of the cycle; docker-compose must be able to start every service after the ones it refers to");
    }
  }
}
