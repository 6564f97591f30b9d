package io.github.ucpkit.ucp.model.topology;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.Located;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The cluster the app is deployed to, as written in the topology spec. Values keep their text and
 * position; rules decide whether they are valid and generators turn them into checked value types.
 */
public record Topology(
    Path path,
    Located<String> clusterName,
    Located<String> domain,
    Platform platform,
    Controllers controllers,
    Optional<Registry> registry,
    List<Node> nodes,
    ExternalLoadBalancer externalLoadBalancer,
    Optional<Dns> dns,
    Location nodesAt) {

  public Topology {
    nodes = List.copyOf(nodes);
  }

  /** MKE's default {@code --kube-apiserver-port}. */
  public static final long KUBERNETES_PORT = 6443;

  /**
   * The UCP controllers (MKE managers) and their TCP load balancer.
   *
   * @param port the port UCP/MKE serves its UI and API on ({@code --controller-port}), as the load
   *     balancer forwards it; 443 unless written
   * @param kubernetesPort {@code kubernetesPort} as written; see {@link Topology#kubernetesPort()}
   * @param at the {@code controllers} key, where findings about a default value point
   * @param forwardSwarmPortAt the {@code forwardSwarmPort} key, else the load balancer's key
   */
  public record Controllers(
      Located<String> fqdn,
      Located<String> loadBalancerAddress,
      boolean forwardSwarmPort,
      Located<Long> swarmPort,
      List<Controller> nodes,
      int declared,
      Location nodesAt,
      Operations operations,
      Located<Long> port,
      Optional<Located<Long>> kubernetesPort,
      Location at,
      Location forwardSwarmPortAt) {

    public Controllers {
      nodes = List.copyOf(nodes);
    }

    public Quorum quorum() {
      return new Quorum(Quorum.Role.CONTROLLERS, fqdn, loadBalancerAddress, List.copyOf(nodes), declared, nodesAt);
    }

    /** How many controllers the spec lists, complete or not; see {@link Quorum#count()}. */
    public int count() {
      return quorum().count();
    }

    /** How many controllers can fail while a majority stays: (n - 1) / 2. */
    public int failureTolerance() {
      return quorum().failureTolerance();
    }
  }

  /**
   * What an operator of the controllers' load balancer reads: the stats page with the Prometheus
   * endpoint, the admin socket, the log target. Each is off (or stdout, for the log) unless the spec
   * names it.
   */
  public record Operations(Optional<Listener> stats, Optional<Located<String>> adminSocket, Optional<Log> log) {}

  /** An address and port the spec names for an operator's endpoint; there is no default address. */
  public record Listener(Located<String> address, Located<Long> port, Location at) {}

  /** A log target as written ({@code stdout}, {@code /dev/log}, {@code 10.10.0.5:514}) and a syslog facility. */
  public record Log(Located<String> target, String facility) {}

  /** A machine of a {@link Quorum}: a controller or a registry replica, with the SANs its certificate carries. */
  public sealed interface Member permits Controller, Replica {
    Located<String> name();

    Located<String> address();

    List<Located<String>> sans();

    Location at();
  }

  public record Controller(Located<String> name, Located<String> address, List<Located<String>> sans, Location at)
      implements Member {
    public Controller {
      sans = List.copyOf(sans);
    }
  }

  /**
   * The registry (MSR, formerly DTR): its replicas behind a VIP of their own, which passes 80 and 443
   * through to them. Replicas run on worker nodes and are listed here only, as controllers are.
   *
   * @param httpPort the replicas' {@code --replica-http-port}, which the VIP forwards on the same port
   * @param httpsPort the replicas' {@code --replica-https-port}, likewise; health is checked there
   */
  public record Registry(
      Located<String> fqdn,
      Located<String> loadBalancerAddress,
      Located<Long> httpPort,
      Located<Long> httpsPort,
      List<Replica> nodes,
      int declared,
      Location nodesAt) {

    public Registry {
      nodes = List.copyOf(nodes);
    }

    public Quorum quorum() {
      return new Quorum(Quorum.Role.REGISTRY, fqdn, loadBalancerAddress, List.copyOf(nodes), declared, nodesAt);
    }
  }

  /** One registry replica. */
  public record Replica(Located<String> name, Located<String> address, List<Located<String>> sans, Location at)
      implements Member {
    public Replica {
      sans = List.copyOf(sans);
    }
  }

  public record Node(Located<String> name, Located<String> address, boolean loadBalancer, Location at) {}

  /**
   * dns, static: the generated nginx routes; interlock: Interlock 1.x on the load-balancer nodes;
   * interlock2: MKE's own Interlock 2 proxies run on the load-balancer nodes behind a VIP of their own.
   */
  public enum Mode { DNS, STATIC, INTERLOCK, INTERLOCK2 }

  /** How the Interlock 2 proxy service publishes its ports ({@code PublishMode}). */
  public enum PublishMode {
    /** Through the routing mesh: on every node of the cluster, managers included. */
    INGRESS,
    /** On the nodes that run a proxy task only; clients' addresses reach the proxy. */
    HOST;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * interlock2 mode: the Interlock 2 proxy service on the load-balancer nodes and the VIP of the TCP
   * load balancer in front of them. Ports hold their defaults (8080, 8443) unless written; a default
   * is reported at {@code at}.
   *
   * @param address the VIP every routed host name resolves to; required in interlock2 mode (a rule says so)
   * @param replicas {@code proxyReplicas} as written; the default is one proxy per proxy node
   * @param extensionImage the image of Interlock's nginx extension of the MKE release ({@code Image}); required there
   * @param proxyImage the image of its nginx proxy ({@code ProxyImage}); required there
   * @param at the {@code externalLoadBalancer} key
   * @param written the interlock2 keys the spec writes, each at its key, whatever the mode
   */
  public record Proxies(
      Optional<Located<String>> address, Located<Long> publishedPort, Located<Long> publishedSslPort,
      PublishMode publishMode, Optional<Located<Long>> replicas, Optional<Located<String>> extensionImage,
      Optional<Located<String>> proxyImage, Location at, List<Located<String>> written) {
    public Proxies {
      written = List.copyOf(written);
    }

    /** The keys only interlock2 mode reads. */
    public static final List<String> KEYS = List.of(
        "address", "publishedPort", "publishedSSLPort", "publishMode", "proxyReplicas", "extensionImage", "proxyImage");
  }

  /**
   * How nginx on the load-balancer nodes finds the app's containers, what it allows per request,
   * and where it shows its status.
   *
   * @param at where findings about the backends point: the backends key, else the mode, else the section
   */
  public record ExternalLoadBalancer(
      Mode mode, Located<String> resolver, List<Backends> backends, Location at, Limits limits, Optional<Listener> status,
      Proxies proxies) {
    public ExternalLoadBalancer {
      backends = List.copyOf(backends);
    }
  }

  /** The cluster's defaults for every routed service, as written (nginx size and time syntax); a service's label overrides them. */
  public record Limits(Optional<Located<String>> clientMaxBodySize, Optional<Located<String>> proxyReadTimeout) {}

  /** The static backends of one service. */
  public record Backends(Located<String> service, List<Located<String>> entries) {
    public Backends {
      entries = List.copyOf(entries);
    }
  }

  /** @param at where findings about the name servers point: the nameservers key, else the dns key */
  public record Dns(Located<java.math.BigInteger> ttl, Serial serial, List<Nameserver> nameservers, boolean wildcard, Location at) {
    public Dns {
      nameservers = List.copyOf(nameservers);
    }
  }

  /** The SOA serial: {@code auto}, or the text of an explicit number (range-checked by a rule). */
  public record Serial(Optional<Located<String>> explicit) {
    public boolean auto() {
      return explicit.isEmpty();
    }
  }

  public record Nameserver(Located<String> name, Optional<Located<String>> address, Location at) {}

  public List<Node> loadBalancerNodes() {
    return nodes.stream().filter(Node::loadBalancer).toList();
  }

  /** Every named machine, controllers first, then registry replicas, with the position of its entry. */
  public Stream<Located<String>> allNodeNames() {
    return Stream.of(
        controllers.nodes().stream().map(Controller::name),
        registry.stream().flatMap(r -> r.nodes().stream()).map(Replica::name),
        nodes.stream().map(Node::name)).flatMap(s -> s);
  }

  /**
   * Every address a machine or a VIP has, as written: the load balancers' VIPs, the controllers,
   * registry replicas and nodes, the proxies' VIP and the name servers. Not the addresses something
   * listens on (the stats and status pages) or the resolver nginx asks.
   */
  public List<Located<String>> machineAddresses() {
    List<Located<String>> all = new java.util.ArrayList<>();
    all.add(controllers.loadBalancerAddress());
    controllers.nodes().forEach(c -> all.add(c.address()));
    registry.ifPresent(r -> {
      all.add(r.loadBalancerAddress());
      r.nodes().forEach(n -> all.add(n.address()));
    });
    nodes.forEach(n -> all.add(n.address()));
    externalLoadBalancer.proxies().address().ifPresent(all::add);
    dns.ifPresent(d -> d.nameservers().forEach(ns -> ns.address().ifPresent(all::add)));
    return all;
  }

  /** The controllers, and the registry's replicas when the spec has a registry: each keeps its own majority. */
  public List<Quorum> quorums() {
    return Stream.concat(Stream.of(controllers.quorum()), registry.stream().map(Registry::quorum)).toList();
  }

  /**
   * The Kubernetes API port the managers serve and the load balancer forwards: MKE 3 only, 6443
   * unless written ({@code --kube-apiserver-port}). UCP 2.x has no Kubernetes API.
   */
  public Optional<Located<Long>> kubernetesPort() {
    return platform == Platform.MKE3
        ? Optional.of(controllers.kubernetesPort().orElse(new Located<>(KUBERNETES_PORT, controllers.at())))
        : Optional.empty();
  }
}
