package io.github.ucpkit.ucp.e2e.support;

/**
 * A valid interlock2-mode topology spec for tests that check one setting: three managers, three
 * workers, one proxy node, the proxies' VIP and the release's images. {@code settings} are more
 * {@code externalLoadBalancer} lines, each indented by two spaces and ending in a line break.
 */
public final class Interlock2Spec {

  private Interlock2Spec() {}

  public static String with(String settings) {
    return """
        version: "1"
        cluster: { name: prod, domain: example.com, platform: mke3 }
        controllers:
          fqdn: mke.example.com
          loadBalancer: { address: 10.10.10.10 }
          nodes:
            - { name: mke1, address: 10.10.10.11, sans: [mke.example.com] }
            - { name: mke2, address: 10.10.10.12, sans: [mke.example.com] }
            - { name: mke3, address: 10.10.10.13, sans: [mke.example.com] }
        nodes:
          - { name: node1, address: 10.10.20.11 }
          - { name: node2, address: 10.10.20.12 }
          - { name: node3, address: 10.10.20.13 }
          - { name: proxy1, address: 10.10.40.11, loadBalancer: true }
        externalLoadBalancer:
          mode: interlock2
          extensionImage: "mirantis/ucp-interlock-extension:3.7.5"
          proxyImage: "mirantis/ucp-interlock-proxy:3.7.5"
          address: 10.10.40.10
        """ + settings + """
        dns:
          nameservers:
            - { name: ns1.example.com, address: 10.10.0.53 }
        """;
  }
}
