package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.model.topology.Platform;
import io.github.ucpkit.ucp.model.topology.Quorum;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.value.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The comment at the top of haproxy.cfg: what the file balances and how it judges health. A UCP 2.x
 * spec reads as it always has (its files must not change); MKE 3 names the Kubernetes API, and a
 * registry adds its own lines and says how two VIPs share one host.
 */
final class HaproxyAbout {

  private HaproxyAbout() {}

  /** Whole comment lines, {@code #} included (an empty one is a lone {@code #}, with no trailing space). */
  static List<String> lines(Topology t, IpAddress vip) {
    Topology.Controllers c = t.controllers();
    Quorum q = c.quorum();
    List<String> out = new ArrayList<>();
    String head = t.clusterName().value() + ": " + c.fqdn().value() + " (" + vip + ") in front of";
    if (t.platform() == Platform.UCP2) {
      out.add("Load balancer for the UCP controllers of cluster " + head);
      out.add(c.nodes().size() + " controllers, which tolerate " + failures(q.failureTolerance())
          + ". TLS passes through untouched (docker");
      out.add("clients authenticate to UCP with mutual TLS); controllers are checked with GET /_ping over TLS"
          + (c.port().value() == 443 ? "." : " on " + c.port().value() + "."));
    } else {
      long kube = t.kubernetesPort().orElseThrow().value();
      out.add("Load balancer for the MKE managers of cluster " + head);
      out.add(managers(c.nodes().size()) + ", which " + (c.nodes().size() == 1 ? "tolerates " : "tolerate ")
          + failures(q.failureTolerance()) + ". TLS passes through untouched (docker and kubectl");
      out.add("clients authenticate with mutual TLS): " + c.port().value() + " for MKE's UI and API, " + kube
          + " for the Kubernetes API.");
      out.add("A manager is healthy when GET /_ping over TLS on " + c.port().value()
          + " answers 200; one that fails leaves both ports.");
    }
    t.registry().ifPresent(r -> {
      Quorum rq = r.quorum();
      String product = t.platform() == Platform.MKE3 ? "MSR" : "DTR";
      IpAddress address = Views.valid(IpAddress.parse(r.loadBalancerAddress().value()), "registry address");
      out.add("");
      int n = r.nodes().size();
      out.add("The registry (" + product + "): " + r.fqdn().value() + " (" + address + ") passes " + r.httpPort().value()
          + " and " + r.httpsPort().value() + " through to " + n + (n == 1 ? " replica," : " replicas,"));
      out.add("which " + (n == 1 ? "tolerates " : "tolerate ") + failures(rq.failureTolerance())
          + "; a replica is healthy when GET /_ping over TLS on " + r.httpsPort().value() + " answers 200.");
      out.add("Each frontend binds its own VIP: this host holds both addresses, or sets");
      out.add("net.ipv4.ip_nonlocal_bind=1 (net.ipv6.ip_nonlocal_bind for IPv6) when a VIP moves between hosts.");
    });
    return out.stream().map(l -> l.isEmpty() ? "#" : "# " + l).toList();
  }

  private static String failures(int n) {
    return n + (n == 1 ? " failure" : " failures");
  }

  private static String managers(int n) {
    return n + (n == 1 ? " manager" : " managers");
  }
}
