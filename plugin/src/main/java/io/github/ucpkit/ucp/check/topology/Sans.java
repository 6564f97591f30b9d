package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.Optional;

/** Certificate SANs: a DNS name, an IP, or a wildcard ({@code *.example.com}) covering one label. */
final class Sans {

  private Sans() {}

  static String withoutWildcard(String san) {
    return san.startsWith("*.") ? san.substring(2) : san;
  }

  /** Whether the SAN makes a certificate valid for {@code name}, as TLS clients match it. */
  static boolean covers(String san, DnsName name) {
    if (san.startsWith("*.")) {
      Optional<DnsName> base = DnsName.parse(san.substring(2));
      String n = name.value();
      int dot = n.indexOf('.');
      return base.isPresent() && dot > 0 && n.substring(dot + 1).equals(base.get().value());
    }
    return DnsName.parse(san).map(name::equals).orElse(false);
  }
}
