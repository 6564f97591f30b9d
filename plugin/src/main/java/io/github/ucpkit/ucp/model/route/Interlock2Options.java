package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Interlock2.Key;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.route.Interlock2Labels.Finding;
import io.github.ucpkit.ucp.model.route.RouteOptions.Affinity;
import io.github.ucpkit.ucp.model.route.RouteOptions.Redirect;
import io.github.ucpkit.ucp.model.route.RouteOptions.Tls;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@link RouteOptions} of Interlock 2's labels, and what makes them unusable together: a rewrite
 * without a context root, a redirect from a host the service does not serve (Interlock writes the
 * redirect into that host's server block) or combined with TLS passthrough (docker/docs#9161), a
 * cookie and an IP hash at once, either in vip mode (the proxy then sees one backend), a certificate
 * without its key, passthrough without a network (docker/docs#9001).
 */
final class Interlock2Options {

  private Interlock2Options() {}

  /**
   * The options, or empty when {@code findings} gained a reason or a value could not be read.
   *
   * @param claims the route's names, when {@code com.docker.lb.hosts} could be read whole: redirects are
   *     held against them only then
   */
  static Optional<RouteOptions> read(Interlock2 lb, Optional<List<RouteName>> claims, List<Finding> findings) {
    int before = findings.size();
    boolean readable = true;
    Optional<UrlPath> contextRoot = Optional.empty();
    Optional<Label> root = lb.get(Key.CONTEXT_ROOT);
    if (root.isPresent()) {
      Parsed<UrlPath> p = Interlock2Values.contextRoot(root.get().value());
      p.why().ifPresent(why -> findings.add(Finding.atValue(Problem.CONTEXT_ROOT_INVALID, root.get(), why)));
      // "/" is the whole host, as without the label
      contextRoot = p.get().filter(c -> !c.value().equals("/"));
    }
    contextRoot.ifPresent(c -> lb.get(Key.WEBSOCKET_ENDPOINTS)
        .filter(w -> Interlock2Values.websockets(w.value()).get().orElse(List.of()).contains(new UrlPath(c.value() + "/")))
        .ifPresent(w -> findings.add(Finding.atValue(Problem.CONTEXT_ROOT_INVALID, w,
            "which lists " + c.value() + "/, the path com.docker.lb.context_root already serves; name the websocket paths"
                + " below it (" + c.value() + "/ws)"))));
    Optional<Boolean> rewrite = bool(lb, Key.CONTEXT_ROOT_REWRITE);
    if (rewrite.orElse(false) && root.isEmpty()) {
      findings.add(Finding.atKey(Problem.CONTEXT_ROOT_INVALID, lb.get(Key.CONTEXT_ROOT_REWRITE).orElseThrow(),
          "but the service has no com.docker.lb.context_root to take off"));
    }
    Optional<Boolean> passthrough = bool(lb, Key.SSL_PASSTHROUGH);
    List<Redirect> redirects = redirects(lb, claims, passthrough.orElse(false), findings);
    Optional<Affinity> affinity = affinity(lb, findings);
    Optional<Tls> tls = tls(lb, passthrough, findings);
    Optional<Boolean> vip = parsed(lb, Key.BACKEND_MODE, Interlock2Values::vip);
    Optional<Boolean> defaultBackend = bool(lb, Key.DEFAULT_BACKEND);
    Optional<DockerName> cluster = parsed(lb, Key.SERVICE_CLUSTER, Interlock2Values::cluster);
    readable &= (root.isEmpty() || Interlock2Values.contextRoot(root.get().value()).ok()) && affinity.isPresent() && tls.isPresent()
        && present(lb, Key.BACKEND_MODE, vip) && present(lb, Key.DEFAULT_BACKEND, defaultBackend)
        && present(lb, Key.SERVICE_CLUSTER, cluster) && present(lb, Key.CONTEXT_ROOT_REWRITE, rewrite);
    if (findings.size() > before || !readable) {
      return Optional.empty();
    }
    return Optional.of(new RouteOptions(contextRoot, rewrite.orElse(false), redirects, affinity.get(), tls.get(),
        vip.orElse(false), defaultBackend.orElse(false), cluster));
  }

  private static List<Redirect> redirects(
      Interlock2 lb, Optional<List<RouteName>> claims, boolean passthrough, List<Finding> findings) {
    Optional<Label> label = lb.get(Key.REDIRECTS);
    if (label.isEmpty()) {
      return List.of();
    }
    Parsed<List<Interlock2Values.Pair>> pairs = Interlock2Values.redirects(label.get().value());
    Optional<String> why = pairs.why().or(() -> claims.flatMap(c -> relation(pairs.value(), c, passthrough)));
    if (why.isPresent()) {
      findings.add(Finding.atValue(Problem.REDIRECT_INVALID, label.get(), why.get()));
      return List.of();
    }
    return pairs.value().stream().map(p -> new Redirect(p.from().host(), p.from().https(), p.to())).toList();
  }

  /** What makes well-written redirects unusable for a service routed under {@code claims}. */
  static Optional<String> relation(List<Interlock2Values.Pair> pairs, List<RouteName> claims, boolean passthrough) {
    if (passthrough) {
      return Optional.of("but the service sets com.docker.lb.ssl_passthrough: the proxy forwards TLS untouched and"
          + " never sees a request to redirect (docker/docs#9161)");
    }
    List<DnsName> names = claims.stream().map(RouteName::name).toList();
    Set<DnsName> seen = new HashSet<>();
    for (Interlock2Values.Pair p : pairs) {
      DnsName from = p.from().host();
      if (!names.contains(from)) {
        return Optional.of("and redirects from " + from + ", which is not in com.docker.lb.hosts; Interlock puts a"
            + " redirect in the server of its source host, so add " + from + " to the hosts");
      }
      if (!seen.add(from)) {
        return Optional.of("and redirects from " + from + " twice; keep one target per host");
      }
      if (p.to().host().equals(from) && p.to().https() == p.from().https() && p.to().bare()) {
        return Optional.of("and redirects " + p.from() + " to itself, a loop");
      }
    }
    if (seen.size() >= names.size()) {
      return Optional.of("and redirects every host of the service, so nothing would reach it; keep at least one"
          + " host that is served");
    }
    return Optional.empty();
  }

  private static Optional<Affinity> affinity(Interlock2 lb, List<Finding> findings) {
    Optional<RouteOptions.CookieName> cookie = parsed(lb, Key.STICKY_SESSION_COOKIE, Interlock2Values::cookie);
    Optional<Boolean> ipHash = bool(lb, Key.IP_HASH);
    Optional<Boolean> vip = parsed(lb, Key.BACKEND_MODE, Interlock2Values::vip);
    if (!present(lb, Key.STICKY_SESSION_COOKIE, cookie) || !present(lb, Key.IP_HASH, ipHash)) {
      return Optional.empty();
    }
    if (cookie.isPresent() && ipHash.orElse(false)) {
      findings.add(Finding.atKey(Problem.AFFINITY_CONFLICT, lb.get(Key.IP_HASH).orElseThrow(), Key.STICKY_SESSION_COOKIE.label()));
      return Optional.empty();
    }
    if (vip.orElse(false) && (cookie.isPresent() || ipHash.orElse(false))) {
      Label sticky = lb.get(cookie.isPresent() ? Key.STICKY_SESSION_COOKIE : Key.IP_HASH).orElseThrow();
      findings.add(Finding.atKey(Problem.AFFINITY_CONFLICT, sticky, Key.BACKEND_MODE.label()));
      return Optional.empty();
    }
    return Optional.of(new Affinity(cookie, ipHash.orElse(false)));
  }

  private static Optional<Tls> tls(Interlock2 lb, Optional<Boolean> passthrough, List<Finding> findings) {
    Optional<Label> cert = lb.get(Key.SSL_CERT);
    Optional<Label> key = lb.get(Key.SSL_KEY);
    List<Finding> found = new ArrayList<>();
    for (Label l : List.of(cert, key).stream().flatMap(Optional::stream).toList()) {
      Interlock2Values.secret(l.value()).why().ifPresent(why -> found.add(Finding.atValue(Problem.TLS_INVALID, l, why)));
    }
    if (cert.isPresent() != key.isPresent()) {
      Label alone = cert.orElseGet(key::get);
      found.add(Finding.atKey(Problem.TLS_INVALID, alone, "without " + (cert.isPresent() ? Key.SSL_KEY : Key.SSL_CERT).label()));
    }
    if (passthrough.orElse(false) && lb.routed() && lb.get(Key.NETWORK).isEmpty()) {
      found.add(Finding.atKey(Problem.TLS_INVALID, lb.get(Key.SSL_PASSTHROUGH).orElseThrow(), "without " + Key.NETWORK.label()));
    }
    findings.addAll(found);
    if (!found.isEmpty() || passthrough.isEmpty() && lb.get(Key.SSL_PASSTHROUGH).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new Tls(cert.flatMap(c -> DockerName.parse(c.value())), key.flatMap(k -> DockerName.parse(k.value())),
        passthrough.orElse(false)));
  }

  private static Optional<Boolean> bool(Interlock2 lb, Key key) {
    return parsed(lb, key, Interlock2Values::bool);
  }

  private static <T> Optional<T> parsed(Interlock2 lb, Key key, Function<String, Parsed<T>> parse) {
    return lb.get(key).flatMap(l -> parse.apply(l.value()).get());
  }

  /** Whether a label that is set could be read (its syntax is {@code problem}'s business). */
  private static boolean present(Interlock2 lb, Key key, Optional<?> value) {
    return lb.get(key).isEmpty() || value.isPresent();
  }
}
