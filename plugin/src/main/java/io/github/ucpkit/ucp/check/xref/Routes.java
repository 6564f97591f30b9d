package io.github.ucpkit.ucp.check.xref;

import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The routes the Compose files ask for: every valid Interlock FQDN (primary and alias domains) with
 * the label that produces it. Invalid names are the Interlock rules' business and are left out here.
 */
final class Routes {

  private Routes() {}

  static List<Route> of(Inputs inputs) {
    List<Route> out = new ArrayList<>();
    inputs.forEachService((file, service) -> {
      Interlock il = Interlock.of(service);
      Optional<DnsName> fqdn = il.fqdn().flatMap(DnsName::parse);
      if (fqdn.isPresent()) {
        Label domain = il.domain().orElseThrow();
        out.add(new Route(file, service, fqdn.get(), domain.valueAt(), domain));
      }
      for (Label alias : il.aliasDomains()) {
        DnsName.parse(alias.value()).ifPresent(a -> out.add(new Route(file, service, a, alias.valueAt(), alias)));
      }
    });
    return out;
  }
}
