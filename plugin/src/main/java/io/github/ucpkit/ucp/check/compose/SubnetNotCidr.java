package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.value.IpAddress;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A top-level network's {@code ipam.config[].subnet} that is not an address with a prefix length.
 * docker-compose 1.29.2 checks the form with its own patterns ("should use the CIDR format"); this
 * rule accepts exactly what they accept, which differs from a plain address parser in a few corners
 * (IPv4 parts {@code 00}–{@code 09}, a {@code fe80:} zone, only some IPv4-in-IPv6 spellings).
 */
public final class SubnetNotCidr implements Rule {

  private static final Pattern V4_PREFIX = Pattern.compile("[0-9]|[12][0-9]|3[0-2]");
  private static final Pattern V6_PREFIX = Pattern.compile("[0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]");
  /** The only scoped form docker-compose accepts: link-local with a zone. */
  private static final Pattern ZONED = Pattern.compile("fe80:(?::[0-9a-fA-F]{1,4}){0,4}%[0-9a-zA-Z]+");
  /** What may precede an embedded IPv4 address: {@code ::}, {@code ::ffff:}, {@code ::ffff:0:}, or 1–4 groups and {@code ::}. */
  private static final Pattern V4_EMBEDDING = Pattern.compile("::(?:ffff(?::0{1,4})?:)?|(?:[0-9a-fA-F]{1,4}:){1,4}:");
  private static final Pattern TWO_DIGITS_LEADING_ZERO = Pattern.compile("0[0-9]");

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-NET-004", Severity.ERROR, "A network's IPAM subnet is not in CIDR form")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      map(file.document().get("networks")).ifPresent(networks -> {
        for (YMap.Entry network : networks.all()) {
          Optional<YNode> pools = map(Optional.of(network.value()))
              .flatMap(n -> map(n.get("ipam")))
              .flatMap(ipam -> ipam.get("config"));
          if (pools.isEmpty() || !(pools.get() instanceof YSeq seq)) {
            continue;
          }
          for (YNode pool : seq.items()) {
            map(Optional.of(pool)).flatMap(p -> p.get("subnet"))
                .filter(s -> s instanceof YScalar scalar && scalar.isString())
                .map(YScalar.class::cast)
                .filter(s -> !isCidr(s.text()))
                .ifPresent(s -> findings.report(
                    s.at(),
                    "subnet \"" + s.text() + "\" of network \"" + network.key().text()
                        + "\" is not in CIDR form (address/prefix length)",
                    "write the network address and its prefix length, e.g. 172.28.0.0/16 or fd00:28::/64"
                        + " (docker-compose: \"should use the CIDR format\")"));
          }
        }
      });
    }
  }

  /** Whether docker-compose 1.29.2 accepts the text as a subnet. */
  static boolean isCidr(String text) {
    // docker-compose matches with Python's re, whose $ also matches before one final newline
    String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    int slash = t.indexOf('/');
    if (slash < 0 || slash != t.lastIndexOf('/')) {
      return false;
    }
    String address = t.substring(0, slash);
    String prefix = t.substring(slash + 1);
    if (!address.contains(":")) {
      return isV4(address) && V4_PREFIX.matcher(prefix).matches();
    }
    return isV6(address) && V6_PREFIX.matcher(prefix).matches();
  }

  private static boolean isV4(String address) {
    // docker-compose's pattern allows a part of two digits with a leading zero (01); IpAddress refuses it, so drop the zero first
    String[] parts = address.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      if (TWO_DIGITS_LEADING_ZERO.matcher(parts[i]).matches()) {
        parts[i] = parts[i].substring(1);
      }
    }
    return IpAddress.parse(String.join(".", parts)).filter(a -> !a.isV6()).isPresent();
  }

  private static boolean isV6(String address) {
    if (address.contains("%")) {
      return ZONED.matcher(address).matches();
    }
    if (address.contains(".")) {
      int lastColon = address.lastIndexOf(':');
      return V4_EMBEDDING.matcher(address.substring(0, lastColon + 1)).matches()
          && isV4(address.substring(lastColon + 1));
    }
    return IpAddress.parse(address).filter(IpAddress::isV6).isPresent();
  }

  private static Optional<YMap> map(Optional<YNode> node) {
    return node.filter(YMap.class::isInstance).map(YMap.class::cast);
  }
}
