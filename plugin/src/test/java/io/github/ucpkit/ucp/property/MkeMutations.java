package io.github.ucpkit.ucp.property;

import io.github.ucpkit.ucp.property.Mutations.Kind;
import io.github.ucpkit.ucp.property.RandomProject.Model;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Breakages aimed at the MKE 3 rules and at the high-availability rules as they apply to the
 * registry. A mutation that needs a registry gives the project a valid one first, and one that needs
 * a platform switches to it, so each applies to every project.
 */
final class MkeMutations {

  /** Reserved on the managers and on every node, on both platforms. */
  private static final String[] INTERNAL_EVERYWHERE = {"7946", "12376"};
  /** Reserved on the managers of both platforms. */
  private static final String[] INTERNAL_MANAGERS = {"2377", "7946", "12376", "12379", "12381", "12385", "12387"};

  private MkeMutations() {}

  static final List<Kind> KINDS = List.of(
      new Kind("kubernetesPort on a UCP 2.x spec", (m, r) -> {
        m.platform = "ucp2";
        m.explicitPlatform = r.nextBoolean();
        m.kubernetesPort = Optional.of("6443");
        return Optional.of("TOPO-MKE-001");
      }),
      new Kind("an internal port as the controller port", (m, r) -> {
        m.controllerPort = Optional.of(pick(INTERNAL_MANAGERS, r));
        return Optional.of("TOPO-PORT-001");
      }),
      new Kind("an internal port as a registry port", (m, r) -> {
        RandomMke.Registry g = registry(m, r);
        if (r.nextBoolean()) {
          g.httpsPort = Optional.of(pick(INTERNAL_EVERYWHERE, r));
        } else {
          g.httpPort = Optional.of(pick(INTERNAL_EVERYWHERE, r));
        }
        return Optional.of("TOPO-PORT-001");
      }),
      new Kind("the Swarm port forwarded on MKE 3", (m, r) -> {
        m.platform = "mke3";
        m.forwardSwarmPort = true;
        return Optional.of("TOPO-PORT-001");
      }),
      new Kind("the Kubernetes API on the controller port", (m, r) -> {
        m.platform = "mke3";
        m.forwardSwarmPort = false;
        m.kubernetesPort = Optional.of(Integer.toString(RandomMke.controllerPort(m)));
        return Optional.of("TOPO-PORT-002");
      }),
      new Kind("the registry on the controllers' VIP with the default ports", (m, r) -> {
        RandomMke.Registry g = registry(m, r);
        g.vip = m.vip;
        g.httpPort = Optional.empty();
        g.httpsPort = Optional.empty();
        return Optional.of("TOPO-PORT-002");
      }),
      new Kind("an even number of registry replicas", (m, r) -> {
        RandomMke.Registry g = registry(m, r);
        int n = g.replicas.size() + 1;
        g.replicas.add(new Model.Controller("r" + n, "10.0.5." + n, List.of(g.fqdn)));
        return Optional.of("TOPO-HA-001");
      }),
      new Kind("a registry replica without the registry's name in its SANs", (m, r) -> {
        RandomMke.Registry g = registry(m, r);
        Model.Controller c = g.replicas.get(r.nextInt(g.replicas.size()));
        g.replicas.set(g.replicas.indexOf(c), new Model.Controller(c.name(), c.address(), List.of(m.fqdn)));
        return Optional.of("TOPO-SAN-001");
      }),
      new Kind("the registry VIP is a replica or a controller", (m, r) -> {
        RandomMke.Registry g = registry(m, r);
        g.vip = r.nextBoolean() ? g.replicas.get(0).address() : m.controllers.get(0).address();
        return Optional.of("TOPO-LB-001");
      }),
      new Kind("the registry named as the controllers", (m, r) -> {
        registry(m, r).fqdn = m.fqdn;
        return Optional.of("TOPO-MSR-001");
      }),
      new Kind("the registry's name outside the zone", (m, r) -> {
        RandomMke.Registry g = registry(m, r);
        g.fqdn = "msr.example.org";
        g.replicas.replaceAll(c -> new Model.Controller(c.name(), c.address(), List.of(g.fqdn)));
        return Optional.of("TOPO-DNS-001");
      }));

  /** The project's registry, or a valid one of three replicas on a VIP of its own. */
  private static RandomMke.Registry registry(Model m, Random r) {
    if (m.registry.isEmpty()) {
      RandomMke.Registry g = new RandomMke.Registry();
      g.fqdn = "msr." + m.domain;
      g.vip = "10.0.1.2";
      for (int i = 1; i <= 3; i++) {
        g.replicas.add(new Model.Controller("r" + i, "10.0.5." + i, List.of(g.fqdn)));
      }
      m.registry = Optional.of(g);
    }
    return m.registry.get();
  }

  private static String pick(String[] ports, Random r) {
    return ports[r.nextInt(ports.length)];
  }
}
