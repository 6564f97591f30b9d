package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two entries of one file bind the same host port (same address, same protocol), or a scaled service
 * binds a fixed host port: only the first container can bind it, so {@code up} fails half-way
 * ("port is already allocated") although {@code config} accepts the file.
 */
public final class HostPortPublishedTwice implements Rule {

  /** A fixed host binding; {@code host} is the canonical address, or "" for all addresses. */
  private record Binding(Service service, PortSpec.Mapping mapping, String host, PortSpec.Range ports) {}

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-PORT-003", Severity.ERROR, "The same host port is published twice")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      List<Binding> seen = new ArrayList<>();
      for (Service service : file.services()) {
        // network_mode: host discards published ports
        if (service.networkMode().map(Located::value).filter("host"::equals).isPresent()) {
          continue;
        }
        for (PortSpec spec : service.ports()) {
          if (!(spec instanceof PortSpec.Mapping m)) {
            continue;
          }
          Optional<PortSpec.Range> fixed = PortEntries.fixedHostPorts(m);
          if (fixed.isEmpty()) {
            continue;
          }
          Binding b = new Binding(service, m, host(m), fixed.get());
          if (service.replicas() > 1) {
            findings.report(
                m.at(),
                "service \"" + service.name() + "\" has scale " + service.replicas() + " but publishes fixed host port "
                    + describe(b, b.ports()) + "; every replica would bind it, so only the first can start",
                "publish only the container port (\"" + m.target() + (m.protocol() == PortSpec.Protocol.TCP ? "" : "/" + m.protocol().label())
                    + "\") so each replica gets a free host port, or give a range of candidates (\"8000-8009:"
                    + m.target() + "\")");
          }
          first(seen, b).ifPresent(earlier -> findings.report(
              m.at(),
              (earlier.service() == service
                  ? "service \"" + service.name() + "\" publishes host port " + describe(b, overlap(b, earlier))
                      + " twice (first at line " + earlier.mapping().at().line() + ")"
                  : "host port " + describe(b, overlap(b, earlier)) + " is published by service \"" + service.name()
                      + "\" and already by service \"" + earlier.service().name() + "\" (line "
                      + earlier.mapping().at().line() + ")"),
              "only one container can bind a host port; pick another published port for one of them"));
          seen.add(b);
        }
      }
    }
  }

  private static Optional<Binding> first(List<Binding> seen, Binding b) {
    return seen.stream()
        .filter(e -> !Profiles.alternatives(e.service(), b.service()) && e.host().equals(b.host()) && e.mapping().protocol() == b.mapping().protocol()
            && e.ports().first() <= b.ports().last() && b.ports().first() <= e.ports().last())
        .findFirst();
  }

  private static PortSpec.Range overlap(Binding a, Binding b) {
    return new PortSpec.Range(Math.max(a.ports().first(), b.ports().first()), Math.min(a.ports().last(), b.ports().last()));
  }

  /** Docker binds all addresses when none is given, which is what 0.0.0.0 says explicitly. */
  private static String host(PortSpec.Mapping m) {
    String ip = m.hostIp().orElse("");
    String canonical = IpAddress.parse(ip).map(IpAddress::value).orElse(ip);
    return canonical.equals("0.0.0.0") ? "" : canonical;
  }

  private static String describe(Binding b, PortSpec.Range ports) {
    String address = b.host().isEmpty() ? "" : (b.host().contains(":") ? "[" + b.host() + "]:" : b.host() + ":");
    return address + ports + "/" + b.mapping().protocol().label();
  }
}
