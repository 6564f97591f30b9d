package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.Port;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which container port Interlock sends traffic to is unclear or wrong. Without {@code interlock.port}
 * Interlock takes the first port in Docker's list, so a routed service needs exactly one container
 * port (from {@code ports} targets and {@code expose}) or the label; with no port at all Interlock
 * skips the service ("no ports exposed"). {@code interlock.port} must be a plain port number that is
 * one of the service's container TCP ports: Interlock compares it as text with Docker's port keys and
 * silently keeps the first port when nothing matches.
 */
public final class AmbiguousInterlockPort implements Rule {

  /** How many ports a message lists; a wide range is not expanded beyond that. */
  private static final int SHOWN = 10;

  private record ContainerPort(long number, PortSpec.Protocol protocol) {
    @Override
    public String toString() {
      return protocol == PortSpec.Protocol.TCP ? Long.toString(number) : number + "/" + protocol.label();
    }
  }

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-PORT-001", Severity.ERROR,
        "An Interlock-routed service has no single container port and no valid interlock.port")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      Interlock interlock = Interlock.of(service);
      List<Label> portLabels = LabelValues.all(service, "port");
      for (Label label : portLabels) {
        if (LabelValues.safe(label)) {
          checkPortLabel(service, label, findings);
        }
      }
      if (portLabels.isEmpty() && interlock.routed()) {
        checkUnambiguous(service, interlock, findings);
      }
    });
  }

  private static void checkPortLabel(Service service, Label label, Findings findings) {
    String text = label.value();
    Optional<Port> port = Port.parse(text);
    if (port.isEmpty()) {
      findings.report(
          label.valueAt(),
          "\"interlock.port\" of service \"" + service.name() + "\" is " + LabelValues.quote(text)
              + ", which is not a port number (1-65535)",
          portHint(text));
      return;
    }
    int number = port.get().number();
    if (!text.equals(Integer.toString(number))) {
      findings.report(
          label.valueAt(),
          "\"interlock.port\" of service \"" + service.name() + "\" is " + LabelValues.quote(text)
              + ", written with leading zeros; Interlock compares it as text with Docker's \"" + number
              + "/tcp\" and would not find it",
          "write " + number);
      return;
    }
    if (declares(service.ports(), number, PortSpec.Protocol.TCP) || declares(service.expose(), number, PortSpec.Protocol.TCP)) {
      return;
    }
    boolean otherProtocol = declaresAnyProtocol(service, number);
    findings.report(
        label.valueAt(),
        "\"interlock.port\" of service \"" + service.name() + "\" is " + number + ", which "
            + (otherProtocol ? "the service declares only for UDP or SCTP" : "is not one of its container ports")
            + describe(containerPorts(service)),
        otherProtocol
            ? "Interlock proxies HTTP over TCP: publish or expose " + number + "/tcp, or name the TCP port"
            : "name a container port the service has (the target of a ports: entry, or an expose: entry), or add "
                + number + " under expose:; Interlock would otherwise silently use the first port it finds");
  }

  private static void checkUnambiguous(Service service, Interlock interlock, Findings findings) {
    if (hasInvalid(service)) {
      return; // the port rules already say what is wrong; counting would guess
    }
    Set<ContainerPort> ports = containerPorts(service);
    if (ports.size() == 1) {
      return;
    }
    Label routing = interlock.hostname().orElseGet(() -> interlock.domain().get());
    if (ports.isEmpty()) {
      findings.report(
          routing.keyAt(),
          "service \"" + service.name() + "\" is routed by Interlock but has no container port (no ports: or"
              + " expose: entry), so Interlock skips it (\"no ports exposed\")",
          "add the port the app listens on under expose: (or ports:) and name it with interlock.port");
      return;
    }
    findings.report(
        routing.keyAt(),
        "service \"" + service.name() + "\" is routed by Interlock and has several container ports"
            + describe(ports) + ", but no \"interlock.port\" says which one serves HTTP",
        "add interlock.port with the container port the app listens on; without it Interlock uses the first"
            + " port Docker lists, which need not be that one");
  }

  private static boolean hasInvalid(Service service) {
    return service.ports().stream().anyMatch(PortSpec.Invalid.class::isInstance)
        || service.expose().stream().anyMatch(PortSpec.Invalid.class::isInstance);
  }

  private static boolean declares(List<PortSpec> specs, long number, PortSpec.Protocol protocol) {
    for (PortSpec spec : specs) {
      if (spec instanceof PortSpec.Mapping m && m.protocol() == protocol
          && m.target().first() <= number && number <= m.target().last()) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaresAnyProtocol(Service service, long number) {
    for (PortSpec.Protocol p : PortSpec.Protocol.values()) {
      if (declares(service.ports(), number, p) || declares(service.expose(), number, p)) {
        return true;
      }
    }
    return false;
  }

  /** Distinct container ports, at most one more than a message shows. */
  private static Set<ContainerPort> containerPorts(Service service) {
    Set<ContainerPort> out = new LinkedHashSet<>();
    List<PortSpec> all = new ArrayList<>(service.ports());
    all.addAll(service.expose());
    for (PortSpec spec : all) {
      if (spec instanceof PortSpec.Mapping m) {
        long first = m.target().first();
        for (long n = first; n >= first && n <= m.target().last() && out.size() <= SHOWN; n++) {
          out.add(new ContainerPort(n, m.protocol()));
        }
      }
    }
    return out;
  }

  private static String describe(Set<ContainerPort> ports) {
    if (ports.isEmpty()) {
      return " (it has none)";
    }
    List<String> shown = ports.stream().limit(SHOWN).map(ContainerPort::toString).toList();
    return " (" + String.join(", ", shown) + (ports.size() > SHOWN ? ", ..." : "") + ")";
  }

  private static String portHint(String text) {
    if (text.contains(":")) {
      return "write only the container port, the part after the last \":\"";
    }
    if (text.contains("/")) {
      return "write the port number alone, without the protocol";
    }
    if (text.contains("-")) {
      return "name one port, not a range";
    }
    return "write the container port the app listens on, as a number such as 80";
  }
}
