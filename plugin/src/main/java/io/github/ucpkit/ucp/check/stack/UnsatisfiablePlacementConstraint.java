package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A placement constraint that parses but no node can satisfy, so the service's tasks stay pending
 * ("no suitable node (scheduling constraints not satisfied on N nodes)"): a key the scheduler does
 * not know (it never matches, with {@code ==} or {@code !=}), {@code node.role ==} something other
 * than manager or worker, a {@code node.ip} that is neither an address nor a network, or two
 * {@code ==} constraints on one key with different values.
 */
public final class UnsatisfiablePlacementConstraint implements Rule {

  private static final String PENDING =
      "; the swarm creates the service, but its tasks stay pending (\"no suitable node (scheduling constraints not"
          + " satisfied on N nodes)\")";

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-PLACE-002", Severity.WARNING, "A placement constraint can never be satisfied")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (!file.forStack()) {
        continue;
      }
      for (Service service : file.services()) {
        Map<String, YScalar> equalities = new HashMap<>();
        for (YNode item : Nodes.items(Swarm.placement(service).flatMap(p -> p.get("constraints")))) {
          if (!(item instanceof YScalar s) || !s.isString() || Swarm.deployTime(file, s)) {
            continue;
          }
          Optional<PlacementConstraint> parsed = PlacementConstraint.parse(s.text()).constraint();
          if (parsed.isEmpty()) {
            continue; // COMPOSE-PLACE-001
          }
          PlacementConstraint c = parsed.get();
          String subject = "placement constraint " + Echo.quote(s.text()) + " of " + Swarm.service(service);
          Optional<String> never = never(c);
          if (never.isPresent()) {
            findings.report(s.at(), subject + " " + never.get() + PENDING, hint(c));
            continue;
          }
          if (c.equal()) {
            YScalar earlier = equalities.putIfAbsent(c.identity(), s);
            if (earlier != null && !sameValue(earlier, s)) {
              findings.report(s.at(), subject + " contradicts " + Echo.quote(earlier.text())
                  + ": no node has two values for one key" + PENDING, "keep one of the two constraints");
            }
          }
        }
      }
    }
  }

  private static Optional<String> never(PlacementConstraint c) {
    return switch (c.kind()) {
      case UNKNOWN -> Optional.of("names " + Echo.quote(c.key())
          + ", a key the scheduler does not know: it matches no node, whichever the operator");
      case NODE_ROLE -> c.equal() && !c.value().equalsIgnoreCase("manager") && !c.value().equalsIgnoreCase("worker")
          ? Optional.of("asks for role " + Echo.quote(c.value()) + ", and a node is either a manager or a worker")
          : Optional.empty();
      case NODE_IP -> IpAddress.parse(c.value()).isPresent() || network(c.value())
          ? Optional.empty()
          : Optional.of("compares node.ip with " + Echo.quote(c.value())
              + ", which is neither an IP address nor a network, so it matches no node");
      default -> Optional.empty();
    };
  }

  /** Whether the scheduler's {@code ==} sees the two constraints' values as equal (it ignores case). */
  private static boolean sameValue(YScalar a, YScalar b) {
    String va = PlacementConstraint.parse(a.text()).constraint().orElseThrow().value();
    String vb = PlacementConstraint.parse(b.text()).constraint().orElseThrow().value();
    return va.equalsIgnoreCase(vb);
  }

  private static final List<String> FIXED =
      List.of("node.id", "node.hostname", "node.ip", "node.role", "node.platform.os", "node.platform.arch");

  /**
   * The key the writer most likely meant: a known key one or two edits away ({@code node.hostnme}),
   * the same with a misspelt {@code labels} ({@code node.lables.zone}, {@code node.label.zone}), or a
   * label without its {@code node.} prefix.
   */
  static Optional<String> suggestion(String key) {
    if (key.length() > 64) {
      return Optional.empty();
    }
    String lower = key.toLowerCase(Locale.ROOT);
    if (Set.of("node.name", "node.host", "hostname", "host").contains(lower)) {
      return Optional.of("node.hostname");
    }
    if (Set.of("role", "node.type").contains(lower)) {
      return Optional.of("node.role");
    }
    for (String known : FIXED) {
      if (Suggest.edits(lower, known) <= 2) {
        return Optional.of(known);
      }
    }
    String[] parts = key.split("\\.", 3);
    if (parts.length == 3 && Suggest.edits(parts[1].toLowerCase(Locale.ROOT), "labels") <= 2) {
      String first = parts[0].toLowerCase(Locale.ROOT);
      if (Suggest.edits(first, "node") <= 1 || Suggest.edits(first, "engine") <= 2) {
        return Optional.of((Suggest.edits(first, "node") <= 1 ? "node" : "engine") + ".labels." + parts[2]);
      }
    }
    if (parts.length >= 2 && Suggest.edits(parts[0].toLowerCase(Locale.ROOT), "labels") <= 1) {
      return Optional.of("node.labels." + key.substring(parts[0].length() + 1));
    }
    return Optional.empty();
  }

  /** An address with a prefix length, as Go's {@code net.ParseCIDR} reads one. */
  private static boolean network(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || !text.substring(slash + 1).matches("[0-9]{1,3}")) {
      return false;
    }
    String address = text.substring(0, slash);
    int bits = Integer.parseInt(text.substring(slash + 1));
    return IpAddress.parse(address).isPresent() && bits <= (address.contains(":") ? 128 : 32);
  }

  private static String hint(PlacementConstraint c) {
    if (c.kind() == PlacementConstraint.Kind.NODE_ROLE) {
      return "write node.role == manager or node.role == worker";
    }
    if (c.kind() == PlacementConstraint.Kind.NODE_IP) {
      return "write an address (node.ip == 10.0.0.5) or a network (node.ip == 10.0.0.0/24)";
    }
    String suggestion = suggestion(c.key()).orElse("");
    return (suggestion.isEmpty() ? "" : "did you mean " + Echo.quote(suggestion) + "? ")
        + "the keys are node.id, node.hostname, node.ip, node.role, node.platform.os, node.platform.arch,"
        + " node.labels.<name> and engine.labels.<name>";
  }
}
