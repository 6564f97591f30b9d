package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Interlock2.Key;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.NetworkAttachment;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.Interlock2Network.Joined;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Routes from Interlock 2's {@code com.docker.lb.*} labels, which it reads from swarm service labels:
 * in a file read for {@code docker stack deploy}, {@code deploy.labels}. {@code com.docker.lb.hosts}
 * names the route (a comma list), {@code com.docker.lb.port} the container port (required: it is how
 * Interlock 2 learns the port, which need not be published), {@code com.docker.lb.network} the
 * network by its engine name ({@code <stack>_<key>}), and the other labels how it is served
 * ({@link RouteOptions}). {@link #read} reads every label of a service once, for the route and for
 * the rules that explain what is wrong.
 */
public final class Interlock2Labels implements RouteSource {

  public static final String SOURCE = "Interlock 2 labels";

  /** {@link Finding#why()} of a {@link Problem#CONTAINER_PORT_UNKNOWN}: no port label. */
  public static final String MISSING = "missing";
  /** {@link Finding#why()} of a {@link Problem#CONTAINER_PORT_UNKNOWN}: the label names a published port. */
  public static final String PUBLISHED = "published";

  @Override
  public Optional<Routing> resolve(ComposeFile file, Service service) {
    if (!file.forStack() || !Interlock2.of(service).routed()) {
      return Optional.empty();
    }
    Reading r = read(file, service);
    if (!r.findings().isEmpty()) {
      List<Issue> issues = r.findings().stream().map(Finding::issue).toList();
      return Optional.of(new Unresolved(file, service, SOURCE, r.claims(), issues));
    }
    return Optional.of(new Route(file, service, SOURCE, r.claims(), r.host().get(), r.port().get(), r.networks(),
        r.websockets(), r.options().get()));
  }

  /**
   * One thing wrong with a service's labels: where it points, the label it concerns (none for what
   * other label families share, such as the service's name), and a phrase for the message (for the
   * port and the network, which case it is).
   */
  public record Finding(Problem problem, Location at, Optional<Label> label, String why) {

    static Finding atValue(Problem problem, Label label, String why) {
      return new Finding(problem, label.valueAt(), Optional.of(label), why);
    }

    static Finding atKey(Problem problem, Label label, String why) {
      return new Finding(problem, label.keyAt(), Optional.of(label), why);
    }

    static Finding shared(Problem problem, Location at, String detail) {
      return new Finding(problem, at, Optional.empty(), detail);
    }

    Issue issue() {
      return new Issue(problem, at, why);
    }
  }

  /** What a service's labels say, each part present only when it could be read. */
  public record Reading(
      List<RouteName> claims, Optional<DockerName> host, Optional<Port> port, List<DockerName> networks,
      List<UrlPath> websockets, Optional<RouteOptions> options, List<Finding> findings) {

    public List<Finding> findings(Problem problem) {
      return findings.stream().filter(f -> f.problem() == problem).toList();
    }
  }

  /**
   * Reads the service's {@code com.docker.lb.*} labels ({@code deploy.labels}). Each value is checked
   * whether or not the service is routed; what needs a route (a port, a network) only when it is.
   */
  public static Reading read(ComposeFile file, Service service) {
    Interlock2 lb = Interlock2.of(service);
    List<Finding> findings = new ArrayList<>();
    for (Label l : lb.known().values()) {
      Key key = keyOf(l);
      Interlock2Values.problem(key, l.value()).ifPresent(why -> findings.add(
          Finding.atValue(key == Key.HOSTS ? Problem.NAME_INVALID : Problem.VALUE_INVALID, l, why)));
    }
    List<RouteName> claims = lb.get(Key.HOSTS)
        .flatMap(h -> Interlock2Values.hosts(h.value()).get()
            .map(names -> names.stream().map(n -> new RouteName(n, h.valueAt(), h.valueAt(), Key.HOSTS.label())).toList()))
        .orElse(List.of());
    Optional<DockerName> host = DockerName.parse(service.name());
    Optional<Port> port = port(service, lb, findings);
    List<DockerName> networks = networks(file, service, lb, findings);
    if (lb.routed() && host.isEmpty()) {
      findings.add(Finding.shared(Problem.DOCKER_NAME_INVALID, service.at(), service.name()));
    }
    List<UrlPath> websockets = lb.get(Key.WEBSOCKET_ENDPOINTS)
        .flatMap(w -> Interlock2Values.websockets(w.value()).get()).orElse(List.of());
    boolean hostsRead = lb.get(Key.HOSTS).map(h -> Interlock2Values.hosts(h.value()).ok()).orElse(false);
    Optional<RouteOptions> options = Interlock2Options.read(lb, hostsRead ? Optional.of(claims) : Optional.empty(), findings);
    return new Reading(claims, host, port, networks, websockets, findings.isEmpty() ? options : Optional.empty(),
        List.copyOf(findings));
  }

  private static Key keyOf(Label l) {
    return Key.of(l.key().substring(Interlock2.PREFIX.length())).orElseThrow();
  }

  /** The container port: the label, which is required, and not a port the service only publishes. */
  private static Optional<Port> port(Service service, Interlock2 lb, List<Finding> findings) {
    Optional<Label> label = lb.get(Key.PORT);
    if (label.isEmpty()) {
      lb.get(Key.HOSTS).ifPresent(h -> findings.add(Finding.atKey(Problem.CONTAINER_PORT_UNKNOWN, h, MISSING)));
      return Optional.empty();
    }
    Optional<Port> port = Interlock2Values.port(label.get().value()).get();
    if (port.isPresent() && Interlock2Network.publishedOnly(service, port.get()).isPresent()) {
      findings.add(Finding.atValue(Problem.CONTAINER_PORT_UNKNOWN, label.get(), PUBLISHED));
      return Optional.empty();
    }
    return port;
  }

  /**
   * The networks the proxy joins: the one the label names (by its engine name), else every network the
   * service joins; each must be an overlay network.
   */
  private static List<DockerName> networks(ComposeFile file, Service service, Interlock2 lb, List<Finding> findings) {
    Optional<Label> label = lb.get(Key.NETWORK);
    if (!lb.routed() && label.isEmpty()) {
      return List.of();
    }
    if (service.networkMode().isPresent() || (label.isEmpty() && service.networks().isEmpty())) {
      if (lb.routed()) {
        findings.add(Finding.shared(Problem.NO_NETWORK,
            service.networkMode().map(m -> m.at()).or(service::networksAt).orElse(service.at()),
            service.networkMode().map(m -> m.value()).orElse("")));
      }
      return List.of();
    }
    List<NetworkAttachment> chosen = new ArrayList<>(service.networks());
    if (label.isPresent()) {
      Interlock2Network.Choice choice = Interlock2Network.choose(file, service, label.get().value());
      if (!(choice instanceof Joined joined)) {
        findings.add(Finding.atValue(Problem.NETWORK_NOT_JOINED, label.get(), choice.getClass().getSimpleName()));
        return List.of();
      }
      chosen = List.of(joined.attachment());
    }
    TreeSet<DockerName> out = new TreeSet<>();
    for (NetworkAttachment n : chosen) {
      if (Interlock2Network.notOverlay(file, n).isPresent()) {
        findings.add(label.isPresent()
            ? Finding.atValue(Problem.NETWORK_NOT_OVERLAY, label.get(), n.network())
            : Finding.shared(Problem.NETWORK_NOT_OVERLAY, n.at(), n.network()));
      }
      String engine = file.engineNetworkName(n.network());
      Optional<DockerName> name = DockerName.parse(engine);
      if (name.isEmpty() && lb.routed()) {
        findings.add(Finding.shared(Problem.DOCKER_NAME_INVALID, n.at(), engine));
      }
      name.ifPresent(out::add);
    }
    return List.copyOf(out);
  }
}
