package io.github.ucpkit.ucp.property;

import io.github.ucpkit.ucp.model.topology.Platform;
import io.github.ucpkit.ucp.model.topology.SystemPorts;
import io.github.ucpkit.ucp.property.RandomProject.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The MKE 3 part of a random project: the platform, the controller and Kubernetes API ports, and a
 * registry (on either platform, as DTR existed beside UCP 2.x) with 1, 3, 5 or 7 replicas on a VIP of
 * its own, or on the controllers' VIP with ports of its own. Every port stays off the platforms'
 * internal ports and off every other port of the same place, so the project stays valid.
 */
final class RandomMke {

  /** The registry as data, mutable like the rest of the model. */
  static final class Registry {
    String fqdn;
    String vip;
    Optional<String> httpPort = Optional.empty();
    Optional<String> httpsPort = Optional.empty();
    final List<Model.Controller> replicas = new ArrayList<>();
  }

  /** The stats page's port in {@link RandomProject}: no load-balancer port may take it. */
  private static final int STATS = 8404;
  private static final int[] LIKELY = {443, 4443, 6443, 8443, 8080, 9443, 10443};

  private RandomMke() {}

  static void draw(Model m, Random r, boolean v6) {
    if (r.nextDouble() < 0.35) {
      m.platform = "mke3";
      m.forwardSwarmPort = false; // internal on MKE 3 (TOPO-PORT-001)
    } else {
      m.explicitPlatform = r.nextDouble() < 0.3;
    }
    boolean mke = m.platform.equals("mke3");
    Set<Integer> managers = new HashSet<>(List.of(80, STATS, swarm(m)));
    if (mke) {
      managers.add(6443); // the Kubernetes API's default, unless a port is drawn for it below
    }
    if (r.nextDouble() < 0.3) {
      m.controllerPort = Optional.of(Integer.toString(port(r, managers)));
    }
    managers.add(controllerPort(m));
    if (mke && (r.nextDouble() < 0.3 || swarm(m) == 6443)) {
      m.kubernetesPort = Optional.of(Integer.toString(port(r, managers)));
      managers.add(Integer.parseInt(m.kubernetesPort.get()));
    }
    if (r.nextDouble() < 0.4) {
      m.registry = Optional.of(registry(m, r, v6, managers));
    }
    if (mke && r.nextDouble() < 0.4) {
      interlock2(m, r, v6, managers);
    }
  }

  /**
   * MKE's own Interlock 2 proxies on the load-balancer nodes, behind a VIP of their own. Their
   * published ports stay off every port of the managers (the routing mesh binds them there in
   * ingress mode), off the registry's and off each other; host mode never runs more proxies than
   * proxy nodes.
   */
  private static void interlock2(Model m, Random r, boolean v6, Set<Integer> managers) {
    m.mode = "interlock2";
    m.resolver = Optional.empty();
    m.backends.clear();
    m.proxyAddress = Optional.of(v6 && r.nextBoolean() ? "2001:db8::3:100" : "10.0.3.100");
    m.publishMode = r.nextBoolean() ? Optional.empty() : Optional.of(r.nextBoolean() ? "host" : "ingress");
    Set<Integer> taken = new HashSet<>(managers);
    m.registry.ifPresent(g -> {
      taken.add(g.httpPort.map(Integer::parseInt).orElse(80));
      taken.add(g.httpsPort.map(Integer::parseInt).orElse(443));
    });
    taken.add(443);
    m.publishedPort = Optional.of(port(r, taken));
    taken.add(m.publishedPort.get());
    m.publishedSslPort = Optional.of(port(r, taken));
    // the release's images in each accepted form, chosen without a draw so the cases after stay the same
    String[][] images = {
        {"mirantis/ucp-interlock-extension:3.7.5", "mirantis/ucp-interlock-proxy:3.7.5"},
        {"registry.example.com:5000/mke/ucp-interlock-extension:3.7.5-rc.1", "registry.example.com:5000/mke/ucp-interlock-proxy:3.7.5-rc.1"},
        {"docker/ucp-interlock-extension@sha256:" + "0123456789abcdef".repeat(4), "docker/ucp-interlock-proxy:3.2.6"}};
    m.images = Optional.of(images[m.publishedPort.get() % images.length]);
    long proxies = m.nodes.stream().filter(Model.Node::loadBalancer).count();
    if (r.nextDouble() < 0.3) {
      m.proxyReplicas = Optional.of(1 + r.nextInt((int) proxies + (m.publishMode.orElse("ingress").equals("host") ? 0 : 2)));
    }
  }

  private static Registry registry(Model m, Random r, boolean v6, Set<Integer> managers) {
    Registry g = new Registry();
    g.fqdn = "msr." + m.domain;
    int n = new int[] {1, 3, 3, 5, 7}[r.nextInt(5)];
    for (int i = 1; i <= n; i++) {
      g.replicas.add(new Model.Controller("r" + i, v6 && r.nextBoolean() ? "2001:db8::5:" + i : "10.0.5." + i, List.of(g.fqdn)));
    }
    Set<Integer> taken = new HashSet<>(List.of(STATS));
    if (r.nextDouble() < 0.2) {
      // the controllers' VIP: the registry then needs ports none of the controllers' frontends use
      g.vip = m.vip;
      taken.addAll(managers);
      g.httpPort = Optional.of(Integer.toString(port(r, taken)));
      taken.add(Integer.parseInt(g.httpPort.get()));
      g.httpsPort = Optional.of(Integer.toString(port(r, taken)));
      return g;
    }
    g.vip = v6 ? "2001:db8::1:2" : "10.0.1.2";
    if (r.nextDouble() < 0.3) {
      g.httpPort = Optional.of(Integer.toString(port(r, taken)));
      taken.add(Integer.parseInt(g.httpPort.get()));
      g.httpsPort = Optional.of(Integer.toString(port(r, taken)));
    }
    return g;
  }

  /** A port none of UCP's or MKE's machines reserve, and not one already taken here. */
  static int port(Random r, Set<Integer> taken) {
    while (true) {
      int p = r.nextBoolean() ? LIKELY[r.nextInt(LIKELY.length)] : 1024 + r.nextInt(64_512);
      if (!reserved(p) && !taken.contains(p)) {
        return p;
      }
    }
  }

  /** Reserved on some platform's managers: then on its nodes too, or not at all. */
  static boolean reserved(int port) {
    for (Platform p : Platform.values()) {
      if (SystemPorts.find(p, port, true).isPresent()) {
        return true;
      }
    }
    return false;
  }

  static int controllerPort(Model m) {
    return m.controllerPort.map(Integer::parseInt).orElse(443);
  }

  /** The Kubernetes API port the spec ends up with: MKE 3 only, 6443 unless drawn. */
  static Optional<Integer> kubernetesPort(Model m) {
    return m.platform.equals("mke3") ? Optional.of(m.kubernetesPort.map(Integer::parseInt).orElse(6443)) : Optional.empty();
  }

  /** The swarm port, written as an integer or a whole float. */
  static int swarm(Model m) {
    return (int) Double.parseDouble(m.swarmPort);
  }
}
