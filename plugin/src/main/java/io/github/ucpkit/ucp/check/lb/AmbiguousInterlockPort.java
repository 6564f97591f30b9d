package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.ContainerPorts;
import io.github.ucpkit.ucp.model.route.ContainerPorts.ContainerPort;
import io.github.ucpkit.ucp.model.route.ContainerPorts.Unclear;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which container port Interlock sends traffic to is unclear or wrong. Without {@code interlock.port}
 * Interlock takes the first port in Docker's list, so a routed service needs exactly one container
 * port (from {@code ports} targets and {@code expose}), and a TCP one, or the label; with no port at
 * all Interlock skips the service ("no ports exposed"). {@code interlock.port} must be a plain port
 * number that is one of the service's container TCP ports: Interlock compares it as text with Docker's
 * port keys and silently keeps the first port when nothing matches. The decision is
 * {@link ContainerPorts}', which the route the artifacts are rendered from uses too.
 */
public final class AmbiguousInterlockPort implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-PORT-001", Severity.ERROR,
        "An Interlock-routed service has no single container port and no valid interlock.port")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
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
        if (LabelValues.safe(label) && ContainerPorts.choose(service, Optional.of(label)) instanceof Unclear u) {
          reportLabel(service, label, u, findings);
        }
      }
      if (portLabels.isEmpty() && interlock.routed()
          && ContainerPorts.choose(service, Optional.empty()) instanceof Unclear u) {
        reportUnlabelled(service, interlock, u, findings);
      }
    });
  }

  private static void reportLabel(Service service, Label label, Unclear unclear, Findings findings) {
    String text = label.value();
    String prefix = "\"interlock.port\" of service \"" + service.name() + "\" is ";
    switch (unclear.why()) {
      case LABEL_NOT_A_PORT -> findings.report(label.valueAt(),
          prefix + LabelValues.quote(text) + ", which is not a port number (1-65535)", portHint(text));
      case LABEL_LEADING_ZEROS -> {
        String number = text.replaceFirst("^0+", "");
        findings.report(label.valueAt(),
            prefix + LabelValues.quote(text) + ", written with leading zeros; Interlock compares it as text with Docker's \""
                + number + "/tcp\" and would not find it",
            "write " + number);
      }
      case LABEL_NOT_TCP -> findings.report(label.valueAt(),
          prefix + text + ", which the service declares only for UDP or SCTP" + describe(unclear.ports()),
          "Interlock proxies HTTP over TCP: publish or expose " + text + "/tcp, or name the TCP port");
      default -> findings.report(label.valueAt(),
          prefix + text + ", which is not one of its container ports" + describe(unclear.ports()),
          "name a container port the service has (the target of a ports: entry, or an expose: entry), or add "
              + text + " under expose:; Interlock would otherwise silently use the first port it finds");
    }
  }

  private static void reportUnlabelled(Service service, Interlock interlock, Unclear unclear, Findings findings) {
    Label routing = interlock.hostname().orElseGet(() -> interlock.domain().get());
    String prefix = "service \"" + service.name() + "\" is routed by Interlock";
    switch (unclear.why()) {
      case NONE -> findings.report(routing.keyAt(),
          prefix + " but has no container port (no ports: or expose: entry), so Interlock skips it (\"no ports exposed\")",
          "add the port the app listens on under expose: (or ports:) and name it with interlock.port");
      case NOT_TCP -> findings.report(routing.keyAt(),
          prefix + " but its only container port is " + unclear.ports().iterator().next()
              + "; Interlock proxies HTTP over TCP, so nothing could answer",
          "expose the TCP port the app serves HTTP on (expose: [\"8080\"]) and name it with interlock.port");
      case SEVERAL -> findings.report(routing.keyAt(),
          prefix + " and has several container ports" + describe(unclear.ports())
              + ", but no \"interlock.port\" says which one serves HTTP",
          "add interlock.port with the container port the app listens on; without it Interlock uses the first"
              + " port Docker lists, which need not be that one");
      default -> {
        // INVALID_SPEC: the port rules already say what is wrong; counting would guess
      }
    }
  }

  private static String describe(Set<ContainerPort> ports) {
    if (ports.isEmpty()) {
      return " (it has none)";
    }
    List<String> shown = ports.stream().limit(ContainerPorts.SHOWN).map(ContainerPort::toString).toList();
    return " (" + String.join(", ", shown) + (ports.size() > ContainerPorts.SHOWN ? ", ..." : "") + ")";
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
