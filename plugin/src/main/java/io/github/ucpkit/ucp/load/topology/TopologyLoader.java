package io.github.ucpkit.ucp.load.topology;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.load.Loaded;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.load.schema.SchemaCheck;
import io.github.ucpkit.ucp.load.yaml.YamlFile;
import io.github.ucpkit.ucp.load.yaml.YamlReader;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.Platform;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Backends;
import io.github.ucpkit.ucp.model.topology.Topology.Controller;
import io.github.ucpkit.ucp.model.topology.Topology.Controllers;
import io.github.ucpkit.ucp.model.topology.Topology.Dns;
import io.github.ucpkit.ucp.model.topology.Topology.ExternalLoadBalancer;
import io.github.ucpkit.ucp.model.topology.Topology.Limits;
import io.github.ucpkit.ucp.model.topology.Topology.Listener;
import io.github.ucpkit.ucp.model.topology.Topology.Log;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import io.github.ucpkit.ucp.model.topology.Topology.Nameserver;
import io.github.ucpkit.ucp.model.topology.Topology.Node;
import io.github.ucpkit.ucp.model.topology.Topology.Operations;
import io.github.ucpkit.ucp.model.topology.Topology.Proxies;
import io.github.ucpkit.ucp.model.topology.Topology.PublishMode;
import io.github.ucpkit.ucp.model.topology.Topology.Registry;
import io.github.ucpkit.ucp.model.topology.Topology.Replica;
import io.github.ucpkit.ucp.model.topology.Topology.Serial;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.Yaml11;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the topology spec: YAML with positions, our schema, then the model. The model is built
 * whenever the spec's backbone (domain, controllers' name, load balancer and list) is there, so a
 * stray key elsewhere does not hide the cluster checks.
 */
public final class TopologyLoader {

  private static final class Schema {
    static final SchemaCheck INSTANCE = new SchemaCheck("topology.schema.json", TopologyFindings.SCHEMA);
  }

  private static final String DOCKER_DNS = "127.0.0.11";
  private static final String DEFAULT_FACILITY = "local0";
  private static final long DEFAULT_SWARM_PORT = 2376;
  private static final long DEFAULT_CONTROLLER_PORT = 443;
  private static final long DEFAULT_REGISTRY_HTTP = 80;
  private static final long DEFAULT_REGISTRY_HTTPS = 443;
  /** Interlock 2's defaults in MKE's layer 7 routing settings. */
  private static final long DEFAULT_PUBLISHED_PORT = 8080;
  private static final long DEFAULT_PUBLISHED_SSL_PORT = 8443;
  private static final BigInteger DEFAULT_TTL = BigInteger.valueOf(300);

  private final YamlReader reader;

  public TopologyLoader(YamlReader reader) {
    this.reader = reader;
  }

  public Loaded<Topology> load(Path file) {
    YamlFile yaml = reader.read(file);
    List<Diagnostic> diagnostics = new ArrayList<>(yaml.diagnostics());
    if (yaml.root().isEmpty() && yaml.failed()) {
      return new Loaded<>(Optional.empty(), diagnostics);
    }
    YNode root = yaml.root().orElse(new YScalar("", ScalarType.NULL, true, new Location(file, 1, 1)));
    diagnostics.addAll(Schema.INSTANCE.check(root));
    if (!(root instanceof YMap doc)) {
      return new Loaded<>(Optional.empty(), diagnostics);
    }
    return new Loaded<>(read(file, doc), diagnostics);
  }

  private static Optional<Topology> read(Path file, YMap doc) {
    Optional<YMap> cluster = Nodes.map(doc, "cluster");
    Optional<Located<String>> domain = cluster.flatMap(c -> Nodes.text(c, "domain"));
    Optional<Controllers> ctl = doc.entry("controllers").flatMap(TopologyLoader::controllers);
    if (domain.isEmpty() || ctl.isEmpty()) {
      return Optional.empty();
    }
    Located<String> name = cluster.flatMap(c -> Nodes.text(c, "name")).orElse(new Located<>("cluster", doc.at()));
    // an unknown value is the schema's to report; the model then reads the spec as the default
    Platform platform = cluster.flatMap(c -> Nodes.text(c, "platform"))
        .flatMap(p -> Platform.parse(p.value()))
        .orElse(Platform.UCP2);
    List<Node> nodes = new ArrayList<>();
    for (YNode item : Nodes.items(doc.get("nodes"))) {
      if (item instanceof YMap m) {
        Optional<Located<String>> n = Nodes.text(m, "name");
        Optional<Located<String>> a = Nodes.text(m, "address");
        if (n.isPresent() && a.isPresent()) {
          nodes.add(new Node(n.get(), a.get(), Nodes.bool(m, "loadBalancer").orElse(false), m.at()));
        }
      }
    }
    Location nodesAt = doc.entry("nodes").map(e -> e.key().at()).orElse(new Location(file, 1, 1));
    Optional<Dns> dns = doc.entry("dns")
        .flatMap(e -> Nodes.map(Optional.of(e.value())).map(d -> dns(d, e.key().at())));
    Optional<Registry> registry = doc.entry("registry").flatMap(TopologyLoader::registry);
    return Optional.of(new Topology(
        file, name, domain.get(), platform, ctl.get(), registry, nodes, externalLoadBalancer(doc), dns, nodesAt));
  }

  private static Optional<Controllers> controllers(YMap.Entry entry) {
    if (!(entry.value() instanceof YMap c)) {
      return Optional.empty();
    }
    Optional<Located<String>> fqdn = Nodes.text(c, "fqdn");
    Optional<YMap> lb = Nodes.map(c, "loadBalancer");
    Optional<Located<String>> vip = lb.flatMap(l -> Nodes.text(l, "address"));
    Optional<YMap.Entry> list = c.entry("nodes");
    if (fqdn.isEmpty() || vip.isEmpty() || list.isEmpty()) {
      return Optional.empty();
    }
    List<Controller> out = new ArrayList<>();
    List<YNode> items = Nodes.items(Optional.of(list.get().value()));
    for (YNode item : items) {
      if (item instanceof YMap m) {
        Optional<Located<String>> n = Nodes.text(m, "name");
        Optional<Located<String>> a = Nodes.text(m, "address");
        if (n.isPresent() && a.isPresent()) {
          out.add(new Controller(n.get(), a.get(), Nodes.texts(m.get("sans")), m.at()));
        }
      }
    }
    Located<Long> swarmPort = port(c, "swarmPort").orElse(new Located<>(DEFAULT_SWARM_PORT, c.at()));
    boolean forward = lb.flatMap(l -> Nodes.bool(l, "forwardSwarmPort")).orElse(false);
    Location forwardAt = lb.get().entry("forwardSwarmPort").map(e -> e.key().at())
        .or(() -> c.entry("loadBalancer").map(e -> e.key().at()))
        .orElse(c.at());
    return Optional.of(new Controllers(
        fqdn.get(), vip.get(), forward, swarmPort, out, items.size(), list.get().key().at(), operations(lb.get()),
        port(c, "port").orElse(new Located<>(DEFAULT_CONTROLLER_PORT, entry.key().at())), port(c, "kubernetesPort"),
        entry.key().at(), forwardAt));
  }

  /** The registry, when its backbone (name, VIP, replica list) is there; the schema reports what is missing. */
  private static Optional<Registry> registry(YMap.Entry entry) {
    if (!(entry.value() instanceof YMap r)) {
      return Optional.empty();
    }
    Optional<Located<String>> fqdn = Nodes.text(r, "fqdn");
    Optional<Located<String>> vip = Nodes.map(r, "loadBalancer").flatMap(l -> Nodes.text(l, "address"));
    Optional<YMap.Entry> list = r.entry("nodes");
    if (fqdn.isEmpty() || vip.isEmpty() || list.isEmpty()) {
      return Optional.empty();
    }
    List<Replica> replicas = new ArrayList<>();
    List<YNode> items = Nodes.items(Optional.of(list.get().value()));
    for (YNode item : items) {
      if (item instanceof YMap m) {
        Optional<Located<String>> n = Nodes.text(m, "name");
        Optional<Located<String>> a = Nodes.text(m, "address");
        if (n.isPresent() && a.isPresent()) {
          replicas.add(new Replica(n.get(), a.get(), Nodes.texts(m.get("sans")), m.at()));
        }
      }
    }
    // a default port is reported at the section's key, as the controllers' are
    Location at = entry.key().at();
    return Optional.of(new Registry(fqdn.get(), vip.get(),
        port(r, "httpPort").orElse(new Located<>(DEFAULT_REGISTRY_HTTP, at)),
        port(r, "httpsPort").orElse(new Located<>(DEFAULT_REGISTRY_HTTPS, at)),
        replicas, items.size(), list.get().key().at()));
  }

  /** A port as written; one too large for a long breaks the schema's maximum, which says so. */
  private static Optional<Located<Long>> port(YMap parent, String key) {
    return whole(parent, key)
        .filter(n -> n.value().bitLength() < 63)
        .map(n -> new Located<>(n.value().longValue(), n.at()));
  }

  private static Operations operations(YMap lb) {
    Optional<Log> log = Nodes.map(lb, "log").flatMap(l -> Nodes.text(l, "target")
        .map(t -> new Log(t, Nodes.text(l, "facility").map(Located::value).orElse(DEFAULT_FACILITY))));
    return new Operations(listener(lb, "stats"), Nodes.text(lb, "adminSocket"), log);
  }

  /** An operator's endpoint, only when both its address and port are there (the schema requires both). */
  private static Optional<Listener> listener(YMap parent, String key) {
    return parent.entry(key).flatMap(e -> Nodes.map(Optional.of(e.value())).flatMap(m -> {
      Optional<Located<String>> address = Nodes.text(m, "address");
      Optional<Located<Long>> port = Nodes.integer(m, "port");
      return address.isPresent() && port.isPresent()
          ? Optional.of(new Listener(address.get(), port.get(), e.key().at()))
          : Optional.empty();
    }));
  }

  private static ExternalLoadBalancer externalLoadBalancer(YMap doc) {
    Optional<YMap> elb = Nodes.map(doc, "externalLoadBalancer");
    Mode mode = elb.flatMap(e -> Nodes.text(e, "mode"))
        .map(m -> m.value().toUpperCase(Locale.ROOT))
        .flatMap(m -> java.util.Arrays.stream(Mode.values()).filter(v -> v.name().equals(m)).findFirst())
        .orElse(Mode.DNS);
    Location at = elb.flatMap(e -> e.entry("backends").or(() -> e.entry("mode")))
        .map(e -> e.key().at())
        .or(() -> doc.entry("externalLoadBalancer").map(e -> e.key().at()))
        .orElse(doc.at());
    Located<String> resolver = elb.flatMap(e -> Nodes.text(e, "resolver")).orElse(new Located<>(DOCKER_DNS, at));
    List<Backends> backends = new ArrayList<>();
    elb.flatMap(e -> Nodes.map(e, "backends")).ifPresent(b -> {
      for (YMap.Entry e : b.all()) {
        backends.add(new Backends(new Located<>(e.key().text(), e.key().at()), Nodes.texts(Optional.of(e.value()))));
      }
    });
    Limits limits = new Limits(
        elb.flatMap(e -> Nodes.text(e, "clientMaxBodySize")), elb.flatMap(e -> Nodes.text(e, "proxyReadTimeout")));
    return new ExternalLoadBalancer(
        mode, resolver, backends, at, limits, elb.flatMap(e -> listener(e, "status")), proxies(doc, elb));
  }

  /** The interlock2 keys, with their defaults; read in every mode, so a rule can say where they do nothing. */
  private static Proxies proxies(YMap doc, Optional<YMap> elb) {
    Location at = doc.entry("externalLoadBalancer").map(e -> e.key().at()).orElse(doc.at());
    Optional<Located<String>> publish = elb.flatMap(e -> Nodes.text(e, "publishMode"));
    // an unknown value is the schema's to report
    PublishMode mode = publish.filter(p -> p.value().equals("host")).map(p -> PublishMode.HOST).orElse(PublishMode.INGRESS);
    return new Proxies(
        elb.flatMap(e -> Nodes.text(e, "address")),
        elb.flatMap(e -> port(e, "publishedPort")).orElse(new Located<>(DEFAULT_PUBLISHED_PORT, at)),
        elb.flatMap(e -> port(e, "publishedSSLPort")).orElse(new Located<>(DEFAULT_PUBLISHED_SSL_PORT, at)),
        mode,
        elb.flatMap(e -> port(e, "proxyReplicas")),
        elb.flatMap(e -> Nodes.text(e, "extensionImage")),
        elb.flatMap(e -> Nodes.text(e, "proxyImage")),
        at,
        elb.map(e -> Proxies.KEYS.stream()
            .flatMap(k -> e.entry(k).map(x -> new Located<>(k, x.key().at())).stream())
            .toList()).orElse(List.of()));
  }

  /**
   * An integer setting exactly as written: an integer, or a float with a whole value ({@code 600.0},
   * {@code 6.0e+2}), which the schema's "integer" accepts too and which means the same number. Empty
   * when the key is absent, and for any other value, which the schema reports (a fraction, text).
   */
  static Optional<Located<BigInteger>> whole(YMap parent, String key) {
    return parent.get(key).flatMap(TopologyLoader::whole);
  }

  private static Optional<Located<BigInteger>> whole(YNode node) {
    if (!(node instanceof YScalar s)) {
      return Optional.empty();
    }
    if (s.type() == ScalarType.INT) {
      return Optional.of(new Located<>(s.integer(), s.at()));
    }
    if (s.type() == ScalarType.FLOAT) {
      return Yaml11.parseFloat(s.text())
          .filter(f -> f.signum() == 0 || f.stripTrailingZeros().scale() <= 0)
          .map(f -> new Located<>(f.toBigIntegerExact(), s.at()));
    }
    return Optional.empty();
  }

  private static Dns dns(YMap d, Location dnsKey) {
    Located<BigInteger> ttl = whole(d, "ttl").orElse(new Located<>(DEFAULT_TTL, d.at()));
    Optional<Located<String>> serial = d.get("serial")
        .filter(n -> n instanceof YScalar s && !(s.isString() && s.text().equals("auto")))
        .flatMap(n -> whole(n).map(w -> new Located<>(w.value().toString(), w.at())).or(() -> Nodes.text(n)));
    List<Nameserver> ns = new ArrayList<>();
    for (YNode item : Nodes.items(d.get("nameservers"))) {
      if (item instanceof YMap m) {
        Nodes.text(m, "name").ifPresent(n -> ns.add(new Nameserver(n, Nodes.text(m, "address"), m.at())));
      }
    }
    Location at = d.entry("nameservers").map(e -> e.key().at()).orElse(dnsKey);
    return new Dns(ttl, new Serial(serial), ns, Nodes.bool(d, "wildcard").orElse(false), at);
  }
}
