package io.github.ucpkit.ucp.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A random project, valid by construction: one to three apps (each its own Compose project, in a
 * directory of its own) and a topology spec, drawn across the generator's whole input space: every
 * topology mode, IPv4 and IPv6 (and IPv4-mapped) addresses, routed names up to 253 characters and
 * domains up to 242, every Interlock label with a value the rules accept, websocket paths, network
 * labels by key and by engine name, whole numbers written as floats, and static backends keyed by
 * service or by {@code project/service}; in interlock2 mode the apps are stacks routed by
 * {@code com.docker.lb.*} labels ({@link StackYaml}). Three projects in five then get exactly one
 * {@link Mutation}, which names the rule that must reject it.
 *
 * @param apps relative path ({@code shop/docker-compose.yml}) to content
 * @param mutation what was broken and which rule must say so; empty for a valid project
 */
record RandomProject(Map<String, String> apps, String topology, Optional<Mutation> mutation) {

  /**
   * One thing broken on purpose, and the id of the rule that owns it.
   *
   * @param onLabels whether it broke a route's Interlock 1.x labels: such a project keeps its 2.x files in
   *     interlock2 mode too, where LB-MODE-002 reports them beside the rule the mutation aims at
   */
  record Mutation(String name, String rule, boolean onLabels) {}

  static RandomProject of(Random r) {
    Model m = Model.draw(r);
    Optional<Mutation> mutation = r.nextDouble() < 0.6 ? Mutations.apply(m, r) : Optional.empty();
    Map<String, String> apps = new LinkedHashMap<>();
    for (Model.App app : m.apps) {
      boolean stack = m.mode.equals("interlock2") && !mutation.map(Mutation::onLabels).orElse(false);
      apps.put(app.project + "/docker-compose.yml", stack ? StackYaml.stack(app) : ProjectYaml.compose(app));
    }
    return new RandomProject(apps, ProjectYaml.topology(m), mutation);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(mutation.map(x -> "mutation " + x.name() + " (" + x.rule() + ")").orElse("valid"));
    apps.forEach((path, text) -> sb.append("\n--- ").append(path).append('\n').append(text));
    return sb.append("--- topology.yml\n").append(topology).toString();
  }

  /** The project as data: generated valid, mutated in place, then written out. */
  static final class Model {

    static final class Service {
      String name;
      boolean routed;
      Optional<String> hostname = Optional.empty();
      Optional<String> domain = Optional.empty();
      final List<String> aliases = new ArrayList<>();
      Optional<String> portLabel = Optional.empty();
      final List<String> expose = new ArrayList<>();
      final List<String> ports = new ArrayList<>();
      final List<String> websockets = new ArrayList<>();
      Optional<String> networkLabel = Optional.empty();
      final List<String> networks = new ArrayList<>();
      Optional<String> networkMode = Optional.empty();
      final Map<String, String> options = new LinkedHashMap<>();
      /** io.github.ucpkit.lb.* labels: this route's own limits. */
      final Map<String, String> limits = new LinkedHashMap<>();

      String fqdn() {
        return hostname.get().equals(domain.get()) ? domain.get() : hostname.get() + "." + domain.get();
      }
    }

    static final class App {
      String project;
      final List<Service> services = new ArrayList<>();
      final List<String> networks = new ArrayList<>();
    }

    record Node(String name, String address, boolean loadBalancer) {}

    record Controller(String name, String address, List<String> sans) {}

    String domain;
    String clusterName = "prod";
    String fqdn;
    String vip;
    boolean forwardSwarmPort;
    String swarmPort;
    final List<Controller> controllers = new ArrayList<>();
    final List<Node> nodes = new ArrayList<>();
    String mode;
    Optional<String> resolver = Optional.empty();
    final Map<String, List<String>> backends = new LinkedHashMap<>();
    String ttl;
    String serial;
    final List<String[]> nameservers = new ArrayList<>();
    boolean wildcard;
    Optional<String> bodySize = Optional.empty();
    Optional<String> readTimeout = Optional.empty();
    /** address and port of HAProxy's stats/metrics frontend, and of nginx's status page. */
    Optional<String[]> stats = Optional.empty();
    Optional<String[]> status = Optional.empty();
    Optional<String> adminSocket = Optional.empty();
    Optional<String> logTarget = Optional.empty();
    final List<App> apps = new ArrayList<>();
    int counter;
    /** cluster.platform, the controllers' own ports and the registry: drawn by {@link RandomMke}. */
    String platform = "ucp2";
    /** Write the default platform (ucp2) out rather than leave it implied. */
    boolean explicitPlatform;
    Optional<String> controllerPort = Optional.empty();
    Optional<String> kubernetesPort = Optional.empty();
    Optional<RandomMke.Registry> registry = Optional.empty();
    /** interlock2 mode (drawn by {@link RandomMke}): the proxies' VIP, publish mode, ports and replicas. */
    Optional<String> proxyAddress = Optional.empty();
    Optional<String> publishMode = Optional.empty();
    Optional<Integer> publishedPort = Optional.empty();
    Optional<Integer> publishedSslPort = Optional.empty();
    Optional<Integer> proxyReplicas = Optional.empty();
    /** interlock2 mode: extensionImage and proxyImage. */
    Optional<String[]> images = Optional.empty();

    /** Label values every Interlock rule accepts, by label. */
    static final String[][] OPTIONS = {
        {"interlock.ssl", "true"}, {"interlock.ssl_only", "true"}, {"interlock.ssl_backend", "True"},
        {"interlock.ip_hash", "true"}, {"interlock.context_root", "/app"}, {"interlock.context_root_rewrite", "true"},
        {"interlock.ssl_cert", "site.pem"}, {"interlock.ssl_cert_key", "site.key"},
        {"interlock.ssl_backend_tls_verify", "required"}, {"interlock.health_check", "httpchk GET /health"},
        {"interlock.health_check_interval", "5000"}, {"interlock.balance_algorithm", "leastconn"},
        {"interlock.backend_option", "keepalive 32"}, {"interlock.backend_option.1", "redispatch"},
    };

    static final String[] PROJECTS = {"shop", "blog", "vote", "a1", "x-y_z"};

    static Model draw(Random r) {
      Model m = new Model();
      m.domain = r.nextDouble() < 0.15 ? longName(r, 56 + r.nextInt(183)) + ".com" : "example.com";
      m.fqdn = "ucp." + m.domain;
      m.mode = new String[] {"dns", "static", "interlock"}[r.nextInt(3)];
      boolean v6 = r.nextDouble() < 0.3;
      int controllers = new int[] {1, 3, 3, 5, 7}[r.nextInt(5)];
      for (int i = 1; i <= controllers; i++) {
        String address = v6 && r.nextBoolean() ? "2001:db8::" + Integer.toHexString(i) : "10.0.0." + i;
        m.controllers.add(new Controller("c" + i, address, List.of(m.fqdn)));
      }
      m.vip = v6 ? "2001:db8::1:1" : r.nextDouble() < 0.1 ? "::ffff:10.0.1.1" : "10.0.1.1";
      m.forwardSwarmPort = r.nextBoolean();
      int swarm = 1024 + r.nextInt(60_000);
      while (RandomMke.reserved(swarm) || swarm == 8404) {
        swarm = 1024 + r.nextInt(60_000); // forwarded, an internal port is TOPO-PORT-001's; 8404 is the stats page's
      }
      m.swarmPort = r.nextDouble() < 0.2 ? swarm + ".0" : Integer.toString(swarm);
      for (int i = 1; i <= 3; i++) {
        m.nodes.add(new Node("w" + i, v6 && i == 2 ? "2001:db8::2:" + i : "10.0.2." + i, false));
      }
      int lbs = 1 + r.nextInt(2);
      for (int i = 1; i <= lbs; i++) {
        m.nodes.add(new Node("lb" + i, v6 && i == 2 ? "2001:db8::3:" + i : "10.0.3." + i, true));
      }
      if (m.mode.equals("dns")) {
        m.resolver = Optional.of(r.nextDouble() < 0.2 ? "2001:db8::53" : "127.0.0.11");
      }
      int ttl = 1 + r.nextInt(86_400);
      m.ttl = r.nextDouble() < 0.2 ? ttl + ".0" : Integer.toString(ttl);
      m.serial = r.nextBoolean() ? "auto" : Long.toString(1 + r.nextInt(Integer.MAX_VALUE));
      m.nameservers.add(new String[] {"ns1." + m.domain, v6 && r.nextBoolean() ? "2001:db8::35" : "10.0.4.53"});
      m.nameservers.add(new String[] {"ns2.provider.example.net", null});
      m.wildcard = r.nextBoolean();
      // one app in two projects: each app adds a docker-compose check to every valid project
      double several = r.nextDouble();
      int apps = several < 0.5 ? 1 : several < 0.8 ? 2 : 3;
      for (int a = 0; a < apps; a++) {
        m.apps.add(m.app(r, PROJECTS[a], v6));
      }
      m.keyBackends(r, v6);
      m.operations(r, v6);
      RandomMke.draw(m, r, v6);
      return m;
    }

    /** The operator's settings: limits, endpoints on loopback, the log target; each sometimes. */
    private void operations(Random r, boolean v6) {
      if (r.nextDouble() < 0.3) {
        bodySize = Optional.of(size(r));
      }
      if (r.nextDouble() < 0.3) {
        readTimeout = Optional.of(duration(r));
      }
      if (r.nextDouble() < 0.3) {
        stats = Optional.of(new String[] {v6 ? "::1" : "127.0.0.1", "8404"});
      }
      if (!mode.equals("interlock") && r.nextDouble() < 0.3) {
        status = Optional.of(new String[] {"127.0.0.1", "8081"});
      }
      if (r.nextDouble() < 0.3) {
        adminSocket = Optional.of("/run/haproxy/admin.sock");
      }
      if (r.nextDouble() < 0.3) {
        String[] targets = {"stdout", "stderr", "/dev/log", "10.0.4.5:514", "[2001:db8::5]:514"};
        logTarget = Optional.of(targets[r.nextInt(targets.length)]);
      }
    }

    static String size(Random r) {
      String[] units = {"", "k", "m", "g", "K", "M"};
      return (1 + r.nextInt(64)) + units[r.nextInt(units.length)];
    }

    static String duration(Random r) {
      String[] durations = {"1s", "90", "5m", "2h", "24h", "1500ms", "30s"};
      return durations[r.nextInt(durations.length)];
    }

    private App app(Random r, String project, boolean v6) {
      App app = new App();
      app.project = project;
      app.networks.add("front");
      if (r.nextBoolean()) {
        app.networks.add("back");
      }
      int services = 1 + r.nextInt(3);
      for (int i = 0; i < services; i++) {
        Service s = new Service();
        // static mode may reuse a service name across apps (the keys then need the project);
        // dns mode must not, or nginx's lookup of the name would find the other app (XREF-ELB-002)
        s.name = mode.equals("static") && i == 0 ? "web" : project.replace("_", "") + "-s" + (counter++);
        s.networks.addAll(r.nextBoolean() ? app.networks : List.of(app.networks.get(0)));
        s.routed = i == 0 || r.nextDouble() < 0.6;
        int port = 1 + r.nextInt(65_535);
        if (s.routed) {
          route(r, s, app, port);
        } else {
          s.expose.add(Integer.toString(port));
        }
        app.services.add(s);
      }
      return app;
    }

    private void route(Random r, Service s, App app, int port) {
      int n = counter++;
      String host = r.nextDouble() < 0.15 ? longName(r, Math.max(1, 252 - domain.length())) : "h" + n;
      s.hostname = Optional.of(host);
      s.domain = Optional.of(domain);
      if (r.nextDouble() < 0.05 && apps.isEmpty() && app.services.isEmpty()) {
        s.hostname = Optional.of(domain); // the apex itself
      }
      for (int a = 0; a < r.nextInt(3); a++) {
        s.aliases.add(r.nextDouble() < 0.1 ? (host + "." + domain).toUpperCase() : "a" + n + "x" + a + "." + domain);
      }
      switch (r.nextInt(4)) {
        case 0 -> s.expose.add(Integer.toString(port));
        case 1 -> s.ports.add(Integer.toString(port));
        case 2 -> {
          s.expose.add(Integer.toString(port));
          s.portLabel = Optional.of(Integer.toString(port));
        }
        default -> {
          // several ports, one of them UDP: the label must pick the TCP one
          s.expose.add(Integer.toString(port));
          s.ports.add((1 + r.nextInt(65_535)) + "/udp");
          s.portLabel = Optional.of(Integer.toString(port));
        }
      }
      String[] paths = {"/ws", "/socket.io/", "/a/b_c~d.e", "/" + "w".repeat(255), "/WS"};
      for (int w = 0; w < r.nextInt(3); w++) {
        String path = paths[r.nextInt(paths.length)];
        if (!s.websockets.contains(path)) {
          s.websockets.add(path);
        }
      }
      if (r.nextDouble() < 0.3) {
        String net = s.networks.get(r.nextInt(s.networks.size()));
        s.networkLabel = Optional.of(r.nextBoolean() ? net : app.project + "_" + net);
      }
      for (String[] o : OPTIONS) {
        if (r.nextDouble() < 0.1) {
          s.options.put(o[0], o[1]);
        }
      }
      if (r.nextDouble() < 0.3) {
        s.limits.put("io.github.ucpkit.lb.client_max_body_size", size(r));
      }
      if (r.nextDouble() < 0.3) {
        s.limits.put("io.github.ucpkit.lb.proxy_read_timeout", duration(r));
      }
    }

    /** Static mode: one key per routed service, qualified when several apps route a service of that name. */
    private void keyBackends(Random r, boolean v6) {
      if (!mode.equals("static")) {
        return;
      }
      Map<String, Integer> names = new LinkedHashMap<>();
      apps.forEach(a -> a.services.stream().filter(s -> s.routed).forEach(s -> names.merge(s.name, 1, Integer::sum)));
      for (App a : apps) {
        for (Service s : a.services) {
          if (s.routed) {
            String key = names.get(s.name) > 1 || r.nextBoolean() ? a.project + "/" + s.name : s.name;
            List<String> entries = new ArrayList<>(List.of("10.0.2." + (1 + r.nextInt(3)) + ":" + (1 + r.nextInt(65_535))));
            if (v6 || r.nextBoolean()) {
              entries.add("[2001:db8::2:" + Integer.toHexString(1 + r.nextInt(9)) + "]:8080");
            }
            backends.put(key, entries);
          }
        }
      }
    }

    /** A valid multi-label name of exactly {@code length} characters (labels of at most 63). */
    static String longName(Random r, int length) {
      StringBuilder sb = new StringBuilder();
      while (length - sb.length() > 64) {
        sb.append(label(r, 63)).append('.');
      }
      return sb.append(label(r, length - sb.length())).toString();
    }

    private static String label(Random r, int length) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < length; i++) {
        sb.append(i == 0 || i == length - 1 ? (char) ('a' + r.nextInt(26)) : "abcxyz019-".charAt(r.nextInt(10)));
      }
      return sb.toString();
    }
  }
}
