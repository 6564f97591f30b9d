package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.UrlPath;
import io.github.ucpkit.ucp.model.value.WebUrl;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a route is served beyond names, port and networks, every value a checked type. Interlock 2's
 * labels set all of it; Interlock 1.x routes carry {@link #NONE} (their context root, TLS and
 * hashing labels are validated but not rendered).
 *
 * @param contextRoot the only path prefix served ({@code /app}, never {@code /} or a trailing slash)
 * @param contextRootRewrite whether the prefix is taken off before the request goes on
 * @param redirects hosts of the route answered with a redirect instead of the service, each once
 * @param affinity how requests of one client stay on one container
 * @param tls the certificate and key secrets, and whether TLS passes through to the containers
 * @param vip whether Interlock 2 sends traffic to the service's virtual IP instead of each task
 * @param defaultBackend whether the service answers hosts no route names
 * @param serviceCluster the Interlock 2 service cluster that serves the route
 */
public record RouteOptions(
    Optional<UrlPath> contextRoot, boolean contextRootRewrite, List<Redirect> redirects, Affinity affinity, Tls tls,
    boolean vip, boolean defaultBackend, Optional<DockerName> serviceCluster) {

  public static final RouteOptions NONE = new RouteOptions(
      Optional.empty(), false, List.of(), Affinity.NONE, Tls.NONE, false, false, Optional.empty());

  public RouteOptions {
    redirects = List.copyOf(redirects);
    if (contextRoot.map(c -> c.value().equals("/") || c.value().endsWith("/")).orElse(false)) {
      throw new IllegalArgumentException("a context root is a prefix without a trailing slash: " + contextRoot);
    }
    if (redirects.stream().map(Redirect::from).distinct().count() != redirects.size()) {
      throw new IllegalArgumentException("a host is redirected once: " + redirects);
    }
  }

  /** {@code from} (a host the route claims) is answered with a 302 to {@code to}, the request's path appended. */
  public record Redirect(DnsName from, boolean fromHttps, WebUrl to) {}

  /** A cookie whose value picks the container, or the client's address, or neither. */
  public record Affinity(Optional<CookieName> cookie, boolean ipHash) {

    public static final Affinity NONE = new Affinity(Optional.empty(), false);

    public Affinity {
      if (cookie.isPresent() && ipHash) {
        throw new IllegalArgumentException("one kind of affinity at a time");
      }
    }

    /** Whether requests stick to a container at all. */
    public boolean any() {
      return cookie.isPresent() || ipHash;
    }
  }

  /** A cookie name nginx can read as {@code $cookie_<name>}: its variable names hold letters, digits and {@code _} only. */
  public record CookieName(String value) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,128}");

    public CookieName {
      if (!NAME.matcher(value).matches()) {
        throw new IllegalArgumentException("not a cookie name nginx can read: " + value);
      }
    }

    public static Optional<CookieName> parse(String text) {
      return NAME.matcher(text).matches() ? Optional.of(new CookieName(text)) : Optional.empty();
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** The Docker secrets the proxy terminates TLS with (both or neither), or TLS passed through untouched. */
  public record Tls(Optional<DockerName> cert, Optional<DockerName> key, boolean passthrough) {

    public static final Tls NONE = new Tls(Optional.empty(), Optional.empty(), false);

    public Tls {
      if (cert.isPresent() != key.isPresent()) {
        throw new IllegalArgumentException("a certificate needs its key: " + cert + " " + key);
      }
    }

    /** Whether the route asks for TLS in any way. */
    public boolean any() {
      return cert.isPresent() || passthrough;
    }
  }
}
