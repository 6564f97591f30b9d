package io.github.ucpkit.ucp.emit;

import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A service the external load balancer routes to, with every value already a checked type. Built
 * only after validation passed, so a value that does not parse is a bug, not user input.
 *
 * @param names the primary name first, then alias domains in order
 * @param networks the engine names of the networks the load balancer joins to reach it
 */
public record RoutedService(
    ComposeFile file, Service service, List<DnsName> names, Port port, List<DockerName> networks, List<UrlPath> websockets) {

  public DnsName primary() {
    return names.get(0);
  }

  /** An nginx upstream name: the primary name with dots as underscores (DNS names hold no underscore, so it is unique). */
  public String upstream() {
    return primary().value().replace('.', '_');
  }

  public static List<RoutedService> of(Inputs inputs) {
    List<RoutedService> out = new ArrayList<>();
    inputs.forEachService((file, service) -> {
      Interlock il = Interlock.of(service);
      if (il.fqdn().isPresent()) {
        out.add(build(file, service, il));
      }
    });
    out.sort(Comparator.comparing(RoutedService::primary));
    return List.copyOf(out);
  }

  private static RoutedService build(ComposeFile file, Service service, Interlock il) {
    List<DnsName> names = new ArrayList<>();
    names.add(valid(DnsName.parse(il.fqdn().orElseThrow()), "name of " + service.name()));
    il.aliasDomains().stream()
        .map(l -> valid(DnsName.parse(l.value()), "alias of " + service.name()))
        .sorted()
        .forEach(names::add);
    List<UrlPath> ws = il.websocketEndpoints().stream()
        .map(l -> valid(UrlPath.parse(l.value()), "websocket endpoint of " + service.name()))
        .sorted()
        .distinct()
        .toList();
    return new RoutedService(file, service, List.copyOf(names), port(service, il), networks(file, service, il), ws);
  }

  private static Port port(Service service, Interlock il) {
    if (il.port().isPresent()) {
      return valid(Port.parse(il.port().get().value()), "interlock.port of " + service.name());
    }
    TreeSet<Long> ports = new TreeSet<>();
    for (List<PortSpec> specs : List.of(service.ports(), service.expose())) {
      for (PortSpec spec : specs) {
        if (spec instanceof PortSpec.Mapping m && m.protocol() == PortSpec.Protocol.TCP) {
          for (long p = m.target().first(); p <= m.target().last() && ports.size() < 2; p++) {
            ports.add(p);
          }
        }
      }
    }
    if (ports.size() != 1) {
      throw new IllegalStateException("validation should have required interlock.port for " + service.name());
    }
    return new Port(ports.first().intValue());
  }

  private static List<DockerName> networks(ComposeFile file, Service service, Interlock il) {
    Optional<String> only = il.network().map(Label::value);
    TreeSet<DockerName> out = new TreeSet<>();
    for (NetworkAttachment n : service.networks()) {
      if (only.isEmpty() || only.get().equals(n.network())) {
        String engine = file.network(n.network()).map(file::engineNetworkName).orElse(file.project() + "_" + n.network());
        out.add(valid(DockerName.parse(engine), "network " + engine));
      }
    }
    return List.copyOf(out);
  }

  static <T> T valid(Optional<T> value, String what) {
    return value.orElseThrow(() -> new IllegalStateException("validation let an invalid " + what + " through"));
  }

}
