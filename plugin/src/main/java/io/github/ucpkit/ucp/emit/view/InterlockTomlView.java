package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Proxies;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.ImageName;
import io.github.ucpkit.ucp.model.value.Port;
import java.util.List;

/**
 * interlock.toml (interlock2 mode): the configuration of MKE's Interlock 2 (layer 7 routing) with one
 * nginx extension whose proxies run on the load-balancer nodes only. The proxies find those nodes by
 * a node label, because a placement constraint cannot list alternatives ({@code node.hostname==a}
 * for several nodes matches none); the header says which nodes to label.
 *
 * @param proxyNodes the load-balancer nodes' names, for the {@code docker node update} lines
 * @param replicas {@code proxyReplicas}, else one proxy per proxy node
 * @param readTimeout the cluster's {@code proxyReadTimeout} in whole seconds (rounded up), as
 *     Interlock's {@code ReadTimeout} takes it
 * @param extensionImage the release's extension image, Interlock's {@code Image}
 * @param proxyImage the release's proxy image, Interlock's {@code ProxyImage}
 */
public record InterlockTomlView(
    Header header, String cluster, List<DnsName> proxyNodes, String nodeLabel, long replicas, String publishMode,
    Port publishedPort, Port publishedSslPort, String clientMaxBodySize, long readTimeout, ImageName extensionImage,
    ImageName proxyImage) {

  /** The node label that marks a proxy node; our own namespace, since com.docker.* belongs to Docker. */
  public static final String NODE_LABEL = "io.github.ucpkit.interlock-proxy";

  public static InterlockTomlView of(Header header, Topology t) {
    Proxies p = t.externalLoadBalancer().proxies();
    List<DnsName> nodes = t.loadBalancerNodes().stream()
        .map(n -> Views.valid(DnsName.parse(n.name().value()), "proxy node name"))
        .sorted()
        .toList();
    RouteLimits limits = RouteLimits.cluster(t);
    return new InterlockTomlView(
        header,
        t.clusterName().value(),
        nodes,
        NODE_LABEL,
        p.replicas().map(r -> r.value()).orElse((long) nodes.size()),
        p.publishMode().key(),
        Views.valid(Port.parse(Long.toString(p.publishedPort().value())), "published port"),
        Views.valid(Port.parse(Long.toString(p.publishedSslPort().value())), "published SSL port"),
        limits.clientMaxBodySize().text(),
        (limits.proxyReadTimeout().millis() + 999) / 1000,
        Views.valid(p.extensionImage().flatMap(i -> ImageName.parse(i.value())), "extensionImage (TOPO-IL2-008)"),
        Views.valid(p.proxyImage().flatMap(i -> ImageName.parse(i.value())), "proxyImage (TOPO-IL2-008)"));
  }
}
