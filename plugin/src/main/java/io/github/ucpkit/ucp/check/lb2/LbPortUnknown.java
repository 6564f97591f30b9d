package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.ContainerPorts;
import io.github.ucpkit.ucp.model.route.Interlock2Labels;
import io.github.ucpkit.ucp.model.route.Interlock2Labels.Finding;
import io.github.ucpkit.ucp.model.route.Interlock2Network;
import io.github.ucpkit.ucp.model.route.Problem;
import io.github.ucpkit.ucp.model.value.Port;

/**
 * Interlock 2 does not know which container port a routed service listens on: it has no
 * {@code com.docker.lb.port}, or the label names a port the service publishes ({@code "8080:80"}
 * publishes 8080 on the routing mesh for container port 80) and is none of its container ports. The
 * proxy reaches the containers over the overlay network at {@code <task address>:<port>}, so the
 * label is the container's port, which need not be published at all (docker/docs#6240).
 */
public final class LbPortUnknown implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-PORT-002", Severity.ERROR,
        "An Interlock 2 route has no com.docker.lb.port, or it names a published port instead of the container's")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Lb2.report(inputs, findings, Problem.CONTAINER_PORT_UNKNOWN, LbPortUnknown::message, LbPortUnknown::hint);
  }

  private static String message(Service service, Finding f) {
    if (f.why().equals(Interlock2Labels.MISSING)) {
      return "service " + Echo.quote(service.name()) + " is routed by com.docker.lb.hosts but has no \"com.docker.lb.port\","
          + " so Interlock does not know which container port to send its traffic to";
    }
    Port port = Port.parse(f.label().orElseThrow().value()).orElseThrow();
    PortSpec.Mapping m = Interlock2Network.publishedOnly(service, port).orElseThrow();
    return Lb2.valueOf(f.label().get(), service) + ", the published port of ports entry " + Echo.quote(m.text())
        + "; the proxy connects to the container's port, " + m.target();
  }

  private static String hint(Service service, Finding f) {
    if (f.why().equals(Interlock2Labels.MISSING)) {
      return ContainerPorts.choose(service, java.util.Optional.empty()) instanceof ContainerPorts.Chosen c
          ? "add com.docker.lb.port: \"" + c.port() + "\" (the service's only container port)"
          : "add com.docker.lb.port with the port the application listens on inside its containers; it need not be published";
    }
    Port port = Port.parse(f.label().orElseThrow().value()).orElseThrow();
    PortSpec.Mapping m = Interlock2Network.publishedOnly(service, port).orElseThrow();
    return "write com.docker.lb.port: \"" + m.target() + "\"; the proxy reaches the containers over the network, so the"
        + " service need not publish a port for Interlock at all";
  }
}
