package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.model.compose.Interlock;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.value.DnsName;
import java.util.Locale;
import java.util.Optional;

/** The names a service claims, as LB-HOST-002 and LB-HOST-003 both compute them. */
final class InterlockNames {

  static final int MAX_NAME = 253;

  private InterlockNames() {}

  /** A label's value as a host name, when it is safe and valid. */
  static Optional<DnsName> name(Label label) {
    return LabelValues.safe(label) ? DnsName.parse(label.value()) : Optional.empty();
  }

  /**
   * The FQDN Interlock serves, lower-case, when both parts are valid: {@code hostname.domain}, or the
   * domain alone when the two values are equal (Interlock compares them as written).
   */
  static Optional<String> fqdn(Interlock interlock) {
    if (interlock.hostname().isEmpty() || interlock.domain().isEmpty()) {
      return Optional.empty();
    }
    Label host = interlock.hostname().get();
    Label domain = interlock.domain().get();
    if (name(host).isEmpty() || name(domain).isEmpty()) {
      return Optional.empty();
    }
    String joined = joined(host.value(), domain.value()).toLowerCase(Locale.ROOT);
    return joined.length() <= MAX_NAME ? Optional.of(joined) : Optional.empty();
  }

  static String joined(String host, String domain) {
    return host.equals(domain) ? domain : host + "." + domain;
  }
}
