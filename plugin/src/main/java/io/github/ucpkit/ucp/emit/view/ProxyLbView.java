package io.github.ucpkit.ucp.emit.view;

import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Node;
import io.github.ucpkit.ucp.model.topology.Topology.Proxies;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.value.Port;
import java.util.ArrayList;
import java.util.List;

/**
 * proxy-lb.cfg (interlock2 mode): the TCP load balancer in front of the Interlock 2 proxy nodes. It
 * passes 80 and 443 through to the proxies' published ports without looking inside: Interlock's
 * nginx matches the Host header and the TLS server name itself, so terminating TLS here would break
 * both. A proxy node is healthy when its published port accepts a connection; an HTTP check would
 * need a host name some route serves, and the proxy answers unknown ones with an error.
 *
 * @param about the comment under the header, line by line
 * @param binds as in haproxy.cfg: every interface, IPv6 beside IPv4 when the address is IPv6
 */
public record ProxyLbView(
    Header header, List<String> about, List<HaproxyView.Bind> binds, Port httpPort, Port httpsPort,
    List<HaproxyView.Server> servers, String log) {

  public static ProxyLbView of(Header header, Topology t) {
    Proxies p = t.externalLoadBalancer().proxies();
    IpAddress address = Views.valid(p.address().flatMap(a -> IpAddress.parse(a.value())), "proxies' address");
    Port http = port(p.publishedPort().value(), "published port");
    Port https = port(p.publishedSslPort().value(), "published SSL port");
    List<HaproxyView.Server> servers = new ArrayList<>();
    for (Node n : t.loadBalancerNodes()) {
      servers.add(new HaproxyView.Server(
          Views.valid(DnsName.parse(n.name().value()), "proxy node name"),
          Views.valid(IpAddress.parse(n.address().value()), "proxy node address").hostPart()));
    }
    List<String> about = List.of(
        "# TCP load balancer for the Interlock 2 proxies of cluster " + t.clusterName().value() + ": every routed host",
        "# name resolves to " + address + ", which passes 80 to the proxies' published port " + http + " and 443 to "
            + https + ",",
        "# untouched (Interlock's nginx routes by Host header and TLS server name, and terminates or passes TLS",
        "# through itself). A proxy node is healthy while its published port accepts connections.",
        "# Run it on the host that holds " + address + ", not on an MKE manager: they serve 443 themselves.");
    return new ProxyLbView(header, about, HaproxyView.binds(address, false), http, https, servers,
        HaproxyView.log(t.controllers().operations()));
  }

  private static Port port(long value, String what) {
    return Views.valid(Port.parse(Long.toString(value)), what);
  }
}
