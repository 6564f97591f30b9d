package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import io.github.ucpkit.ucp.model.topology.Topology.Proxies;
import io.github.ucpkit.ucp.model.value.ImageName;
import java.util.Optional;

/**
 * interlock2 mode without the images of the MKE release's Interlock extension and proxy, or with one
 * that is no pinned image reference. Interlock's core starts the extension and the proxies from the
 * {@code Image} and {@code ProxyImage} of its configuration, so an interlock.toml without them cannot
 * be applied; they belong to the release, which the spec cannot guess, and an unpinned tag would let
 * the proxies drift from the release.
 */
public final class InterlockImagesUnusable implements TopologyRule {

  private static final String FIND = "the current ones: docker config inspect --pretty com.docker.ucp.interlock.conf-<N>"
      + " (its Image and ProxyImage), or docker service inspect --format '{{.Spec.TaskTemplate.ContainerSpec.Image}}'"
      + " ucp-interlock-proxy";

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-IL2-008", Severity.ERROR,
        "interlock2 mode without pinned images for Interlock's extension and proxy");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Optional<Topology> t = inputs.topology().filter(x -> x.externalLoadBalancer().mode() == Mode.INTERLOCK2);
    if (t.isEmpty()) {
      return;
    }
    Proxies p = t.get().externalLoadBalancer().proxies();
    check(p, p.extensionImage(), "extensionImage", "Image", "the extension", "ucp-interlock-extension", findings);
    check(p, p.proxyImage(), "proxyImage", "ProxyImage", "the proxies", "ucp-interlock-proxy", findings);
  }

  private static void check(Proxies p, Optional<Located<String>> image, String key, String toml, String starts,
      String example, Findings findings) {
    if (image.isEmpty()) {
      findings.report(p.at(), "externalLoadBalancer.mode is interlock2, but externalLoadBalancer." + key + " is missing:"
          + " interlock.toml needs " + toml + ", the image Interlock starts " + starts + " from",
          "add " + key + " with the image of your MKE release, e.g. mirantis/" + example + ":3.7.5; " + FIND);
      return;
    }
    if (ImageName.parse(image.get().value()).isEmpty()) {
      findings.report(image.get().at(), "externalLoadBalancer." + key + " " + Echo.quote(image.get().value())
          + " is not an image reference pinned by a tag or a digest",
          "write [registry/]path:tag or path@sha256:<digest> in lower case, e.g. mirantis/" + example + ":3.7.5; " + FIND);
    }
  }
}
