package io.github.ucpkit.ucp.model.value;

import java.util.Optional;

/**
 * An absolute {@code http://} or {@code https://} URL without user, query or fragment:
 * {@code https://new.example.com:8443/shop}. Every part is a checked type, so the URL can be written
 * into an nginx {@code return} line as it stands.
 *
 * @param https the scheme: {@code https} when true, else {@code http}
 */
public record WebUrl(boolean https, DnsName host, Optional<Port> port, Optional<UrlPath> path) {

  /** The URL, or why it is not one, completing "... which is not ...". */
  public static Optional<WebUrl> parse(String text) {
    return problem(text).isEmpty() ? Optional.of(read(text)) : Optional.empty();
  }

  /** Why {@code text} is not such a URL, as a phrase ("it has no scheme"); empty when it is one. */
  public static Optional<String> problem(String text) {
    boolean https = text.startsWith("https://");
    if (!https && !text.startsWith("http://")) {
      return Optional.of("it does not start with http:// or https://");
    }
    String rest = text.substring(https ? 8 : 7);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    int colon = authority.indexOf(':');
    String host = colon < 0 ? authority : authority.substring(0, colon);
    if (DnsName.parse(host).isEmpty()) {
      return Optional.of("its host \"" + host + "\" is not a DNS name");
    }
    if (colon >= 0 && Port.parse(authority.substring(colon + 1)).isEmpty()) {
      return Optional.of("its port is not a number from 1 to 65535");
    }
    if (!path.isEmpty() && !path.equals("/") && UrlPath.parse(path).isEmpty()) {
      return Optional.of("its path may hold only letters, digits and . _ ~ / - (no query, fragment or escapes)");
    }
    return Optional.empty();
  }

  private static WebUrl read(String text) {
    boolean https = text.startsWith("https://");
    String rest = text.substring(https ? 8 : 7);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    int colon = authority.indexOf(':');
    DnsName host = DnsName.parse(colon < 0 ? authority : authority.substring(0, colon)).orElseThrow();
    Optional<Port> port = colon < 0 ? Optional.empty() : Port.parse(authority.substring(colon + 1));
    // "/" adds nothing to a URL nginx appends $request_uri to
    Optional<UrlPath> p = path.isEmpty() || path.equals("/") ? Optional.empty() : UrlPath.parse(path);
    return new WebUrl(https, host, port, p);
  }

  /** {@code scheme://host[:port][/path]}. */
  public String text() {
    return (https ? "https://" : "http://") + host + port.map(p -> ":" + p).orElse("") + path.map(UrlPath::value).orElse("");
  }

  /** Only scheme and host: what a redirect's source may name. */
  public boolean bare() {
    return port.isEmpty() && path.isEmpty();
  }

  @Override
  public String toString() {
    return text();
  }
}
