package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.load.compose.StackSyntax;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YScalar;

/**
 * An entry of {@code ports} or {@code expose} that docker's port grammar rejects. Entries of the
 * wrong YAML type are left to the schema, which already reports them.
 */
public final class InvalidPortSpec implements Rule {

  private static final String PORTS_FORM = "[[HOST_IP:]PUBLISHED[-END]:]TARGET[-END][/PROTOCOL]";

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-PORT-001", Severity.ERROR, "A port or exposed port does not follow Docker's port syntax")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      if (file.forStack()) {
        stackPorts(service, findings);
        return;
      }
      for (PortEntries entry : PortEntries.of(service)) {
        if (!(entry.spec() instanceof PortSpec.Invalid bad) || entry.reportedElsewhere()) {
          continue;
        }
        String key = entry.expose() ? "expose" : "ports";
        String reason = entry.node() instanceof YScalar s && s.type() == ScalarType.FLOAT
            ? "it is not a whole number"
            : bad.reason();
        String what = entry.node() instanceof YMap
            ? "a long-syntax entry"
            : "\"" + bad.text() + "\"";
        findings.report(
            bad.at(),
            what + " in " + key + " of service \"" + service.name() + "\" is not a valid port: " + reason,
            hint(entry, bad.text()));
      }
    });
  }

  /**
   * docker stack deploy parses the short syntax with the docker CLI's port-spec parser and ignores
   * {@code expose}; a long-syntax entry passes as written.
   */
  private static void stackPorts(Service service, Findings findings) {
    for (YNode item : Nodes.items(service.definition().get("ports"))) {
      if (!(item instanceof YScalar s) || !(s.isString() || s.type() == ScalarType.INT)) {
        continue;
      }
      StackSyntax.portProblem(s.value()).ifPresent(reason -> findings.report(
          s.at(),
          "\"" + s.value() + "\" in ports of service \"" + service.name() + "\" is not a valid port for docker stack deploy: "
              + reason,
          "write [[HOST_IP:]PUBLISHED[-END]:]TARGET[-END][/PROTOCOL], e.g. \"8080:80\" or \"53:53/udp\""));
    }
  }

  private static String hint(PortEntries entry, String text) {
    if (entry.node() instanceof YMap) {
      return "a long-syntax port needs target: (the container port), and may have published:, "
          + "protocol: (tcp, udp or sctp) and mode:";
    }
    String form = entry.expose()
        ? "write PORT[-END][/PROTOCOL] with protocol tcp, udp or sctp, e.g. 8080 or 53/udp"
        : "write " + PORTS_FORM + ", e.g. \"8080:80\", \"127.0.0.1:53:53/udp\" or \"80\"";
    boolean emptyPart = text.isEmpty() || text.startsWith(":") || text.endsWith(":") || text.contains("::")
        || text.startsWith("-") || text.contains("-:") || text.endsWith("-");
    return emptyPart && entry.node() instanceof YScalar s && s.isString()
        ? form + "; an empty part usually comes from a variable that is not set"
        : form;
  }
}
