package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.Yaml11;

/**
 * A port number outside 1–65535, or a host address in a mapping that is not an IP literal.
 * docker-compose's grammar checks neither: {@code 99999} and {@code 80:80:80} (host "80") pass
 * {@code config} and fail when the engine binds them.
 */
public final class PortOutOfRange implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-PORT-002", Severity.ERROR, "A port number is outside 1–65535 or a host address is not an IP address")
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
      for (PortEntries entry : PortEntries.of(service)) {
        if (!(entry.spec() instanceof PortSpec.Mapping m)) {
          continue;
        }
        // an unquoted 59:59:59 reaches us as 215999; say where the number came from
        String what = entry.node() instanceof YScalar s && Yaml11.isSexagesimal(s)
            ? "unquoted " + s.text() + " (" + m.text() + " in YAML 1.1's base 60)"
            : "\"" + m.text() + "\"";
        String where = " in " + (entry.expose() ? "expose" : "ports") + " of service \"" + service.name() + "\"";
        m.hostIp().filter(ip -> IpAddress.parse(ip).isEmpty()).ifPresent(ip -> findings.report(
            m.at(),
            "host address \"" + ip + "\" of " + what + where + " is not an IP address",
                        "docker takes everything before PUBLISHED:TARGET as the host address to bind; write an IPv4 or IPv6 "
                + "address there (127.0.0.1, [::1]), or leave it out to bind all addresses"));
        m.published().filter(r -> !PortEntries.inRange(r)).ifPresent(r -> findings.report(
            m.at(),
            "published port " + r + " of " + what + where + " is outside 1–65535",
            r.first() == 0
                ? "to let the engine pick a free host port, publish only the container port: \"" + m.target() + "\""
                : "host ports run from 1 to 65535"));
        if (!PortEntries.inRange(m.target())) {
          findings.report(
              m.at(),
              "container port " + m.target() + " of " + what + where + " is outside 1–65535",
              "container ports run from 1 to 65535");
        }
      }
    });
  }
}
