package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Routes from Interlock 1.x service labels: {@code interlock.hostname} + {@code interlock.domain}
 * name the route ({@code vote.example.com}, or the domain alone when both are equal, compared as
 * written, as Interlock does), {@code interlock.alias_domain[.N]} add names, {@code interlock.port}
 * picks the container port, {@code interlock.network} the network, and
 * {@code interlock.websocket_endpoint[.N]} the paths to upgrade. A service is asked to be routed as
 * soon as it has a host name or a domain: Interlock lists only such containers.
 */
public final class InterlockLabels implements RouteSource {

  public static final String SOURCE = "Interlock labels";

  /** What names a primary route name, for hints. */
  public static final String PRIMARY_LABELS = "interlock.hostname or interlock.domain";

  @Override
  public Optional<Routing> resolve(ComposeFile file, Service service) {
    Interlock il = Interlock.of(service);
    if (!il.routed()) {
      return Optional.empty();
    }
    List<Issue> issues = new ArrayList<>();
    List<RouteName> claims = claims(il, issues);
    Optional<DockerName> host = DockerName.parse(service.name());
    if (host.isEmpty()) {
      issues.add(new Issue(Problem.DOCKER_NAME_INVALID, service.at(), service.name()));
    }
    Optional<Port> port = port(service, il, issues);
    List<DockerName> networks = networks(file, service, il, issues);
    List<UrlPath> websockets = websockets(il, issues);
    if (!issues.isEmpty()) {
      return Optional.of(new Unresolved(file, service, SOURCE, claims, issues));
    }
    return Optional.of(new Route(file, service, SOURCE, claims, host.get(), port.get(), networks, websockets));
  }

  /** The primary name, then the aliases sorted, each once; a name that is not valid becomes an issue instead. */
  private static List<RouteName> claims(Interlock il, List<Issue> issues) {
    Map<DnsName, RouteName> out = new LinkedHashMap<>();
    if (il.hostname().isEmpty() || il.domain().isEmpty()) {
      Label present = il.hostname().orElseGet(() -> il.domain().get());
      issues.add(new Issue(Problem.NAME_INCOMPLETE, present.keyAt(), present.key()));
    } else {
      Label host = il.hostname().get();
      Label domain = il.domain().get();
      Optional<DnsName> h = name(host, issues);
      Optional<DnsName> d = name(domain, issues);
      if (h.isPresent() && d.isPresent()) {
        String joined = host.value().equals(domain.value()) ? domain.value() : host.value() + "." + domain.value();
        Optional<DnsName> fqdn = DnsName.parse(joined);
        if (fqdn.isPresent()) {
          out.put(fqdn.get(), new RouteName(fqdn.get(), host.valueAt(), domain.valueAt(), PRIMARY_LABELS));
        } else {
          issues.add(new Issue(Problem.NAME_JOINED_INVALID, host.valueAt(), joined));
        }
      }
    }
    List<RouteName> aliases = new ArrayList<>();
    for (Label alias : il.aliasDomains()) {
      name(alias, issues).ifPresent(a -> aliases.add(new RouteName(a, alias.valueAt(), alias.valueAt(), alias.key())));
    }
    aliases.sort(Comparator.comparing(RouteName::name));
    aliases.forEach(a -> out.putIfAbsent(a.name(), a));
    return List.copyOf(out.values());
  }

  private static Optional<DnsName> name(Label label, List<Issue> issues) {
    Optional<DnsName> name = DnsName.parse(label.value());
    if (name.isEmpty()) {
      issues.add(new Issue(Problem.NAME_INVALID, label.valueAt(), label.value()));
    }
    return name;
  }

  private static Optional<Port> port(Service service, Interlock il, List<Issue> issues) {
    ContainerPorts.Choice choice = ContainerPorts.choose(service, il.port());
    if (choice instanceof ContainerPorts.Chosen c) {
      return Optional.of(c.port());
    }
    ContainerPorts.Why why = ((ContainerPorts.Unclear) choice).why();
    Label routing = il.port().orElseGet(() -> il.hostname().orElseGet(() -> il.domain().get()));
    issues.add(why == ContainerPorts.Why.INVALID_SPEC
        ? new Issue(Problem.PORT_SPEC_INVALID, service.at(), why.name())
        : new Issue(Problem.PORT_UNCLEAR, il.port().isPresent() ? routing.valueAt() : routing.keyAt(), why.name()));
    return Optional.empty();
  }

  /**
   * The networks the load balancer joins: the one the network label names (by its key in the file
   * or its engine name, as LB-NET-001 accepts either), else every network the service joins.
   */
  private static List<DockerName> networks(ComposeFile file, Service service, Interlock il, List<Issue> issues) {
    Optional<Label> only = il.network();
    // network_mode joins no network, label or not; networks that name none are the label's problem
    // when there is one (LB-NET-001 says the service joins nothing it could name)
    if (service.networkMode().isPresent() || (only.isEmpty() && service.networks().isEmpty())) {
      issues.add(new Issue(Problem.NO_NETWORK,
          service.networkMode().map(m -> m.at()).or(service::networksAt).orElse(service.at()),
          service.networkMode().map(m -> m.value()).orElse("")));
    }
    List<NetworkAttachment> chosen = service.networks().stream()
        .filter(n -> only.isEmpty() || joins(file, n, only.get().value()))
        .toList();
    if (only.isPresent() && chosen.isEmpty()) {
      issues.add(new Issue(Problem.NETWORK_NOT_JOINED, only.get().valueAt(), only.get().value()));
    }
    TreeSet<DockerName> out = new TreeSet<>();
    for (NetworkAttachment n : chosen) {
      String engine = file.engineNetworkName(n.network());
      Optional<DockerName> name = DockerName.parse(engine);
      if (name.isEmpty()) {
        issues.add(new Issue(Problem.DOCKER_NAME_INVALID, n.at(), engine));
      }
      name.ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** Whether the service's attachment {@code n} is the network {@code wanted} names: its key, or its engine name. */
  public static boolean joins(ComposeFile file, NetworkAttachment n, String wanted) {
    return n.network().equals(wanted) || file.engineNetworkName(n.network()).equals(wanted);
  }

  private static List<UrlPath> websockets(Interlock il, List<Issue> issues) {
    TreeSet<UrlPath> out = new TreeSet<>();
    for (Label ws : il.websocketEndpoints()) {
      Optional<UrlPath> path = UrlPath.parse(ws.value());
      if (path.isEmpty()) {
        issues.add(new Issue(Problem.WEBSOCKET_INVALID, ws.valueAt(), ws.value()));
      } else if (path.get().value().equals("/")) {
        issues.add(new Issue(Problem.WEBSOCKET_ROOT, ws.valueAt(), ws.value()));
      } else {
        out.add(path.get());
      }
    }
    return List.copyOf(out);
  }
}
