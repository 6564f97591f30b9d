package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Interlock2.Key;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.Interlock2Labels;
import io.github.ucpkit.ucp.model.route.Interlock2Values;
import io.github.ucpkit.ucp.model.route.Route;
import io.github.ucpkit.ucp.model.route.RouteOptions;
import io.github.ucpkit.ucp.model.topology.Topology.Mode;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code com.docker.lb.*} setting the topology's external load balancer does not provide. In
 * interlock mode that load balancer is Interlock 1.x, which reads no {@code com.docker.lb.*} label at
 * all. In dns and static mode it is the generated nginx.conf, which serves HTTP on port 80: it cannot
 * terminate TLS with Docker secrets or pass TLS through, answer a redirect from an https:// source,
 * or act as the default backend (unknown hosts get no answer); in dns mode it resolves the service's
 * name per request and has no upstream to keep a session on one container. In interlock2 mode
 * Interlock 2 itself serves them all, except a service cluster: the generated interlock.toml has
 * one extension without one. Serving the route
 * without the setting would differ from what the file asks for without a word.
 */
public final class NotServedInMode implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-MODE-001", Severity.ERROR,
        "A com.docker.lb.* setting the topology's external load balancer does not provide")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    if (inputs.topology().isEmpty()) {
      return;
    }
    Mode mode = inputs.topology().get().externalLoadBalancer().mode();
    if (mode == Mode.INTERLOCK2) {
      // MKE's own Interlock 2 reads the labels and serves every setting, but only the extension whose
      // ServiceCluster matches configures a service, and the generated interlock.toml has one without
      inputs.forEachService((file, service) -> Interlock2.of(service).get(Key.SERVICE_CLUSTER)
          .filter(l -> file.forStack())
          .ifPresent(l -> findings.report(l.keyAt(), Lb2.sets(service, l) + ", but in interlock2 mode the generated"
              + " interlock.toml has one proxy extension, which serves no named service cluster",
              "remove it, so the proxies on the load-balancer nodes route the service")));
      return;
    }
    String name = mode.name().toLowerCase(Locale.ROOT);
    inputs.forEachService((file, service) -> {
      Interlock2 lb = Interlock2.of(service);
      if (!file.forStack()) {
        return;
      }
      if (mode == Mode.INTERLOCK) {
        Optional<Label> asks = lb.get(Key.HOSTS).or(() -> defaultBackend(lb));
        asks.ifPresent(l -> findings.report(l.keyAt(), Lb2.sets(service, l) + ", but the topology's load balancer runs"
            + " in interlock mode, Interlock 1.x, which reads interlock.* container labels and no com.docker.lb.* label",
            "set externalLoadBalancer.mode to dns or static, where the generated nginx routes com.docker.lb.* labels"));
        return;
      }
      defaultBackend(lb).ifPresent(l -> findings.report(l.keyAt(), Lb2.sets(service, l) + ", but in " + name
          + " mode the generated nginx has no default backend: it closes the connection of a request for a host no route"
          + " names (444)", "remove it, or route the service under its names with com.docker.lb.hosts"));
    });
    for (Route r : inputs.routes().resolved()) {
      if (r.source().equals(Interlock2Labels.SOURCE)) {
        check(r, mode, name, findings);
      }
    }
  }

  private static void check(Route r, Mode mode, String name, Findings findings) {
    Interlock2 lb = Interlock2.of(r.service());
    RouteOptions o = r.options();
    String in = ", but in " + name + " mode the generated nginx ";
    if (o.tls().cert().isPresent()) {
      report(findings, r.service(), lb, Key.SSL_CERT, in + "serves HTTP on port 80 and cannot terminate TLS with Docker"
          + " secrets", "remove ssl_cert and ssl_key (Interlock 2 itself would honour them), or terminate TLS in front of"
          + " the generated load balancer");
    }
    if (o.tls().passthrough()) {
      report(findings, r.service(), lb, Key.SSL_PASSTHROUGH, in + "serves HTTP on port 80 and passes no TLS through",
          "remove ssl_passthrough, or serve TLS in the containers on a port of their own");
    }
    if (o.redirects().stream().anyMatch(RouteOptions.Redirect::fromHttps)) {
      report(findings, r.service(), lb, Key.REDIRECTS, in + "serves HTTP only, so a redirect from an https:// source is"
          + " never reached", "write the sources with http://");
    }
    if (mode == Mode.DNS && o.affinity().any()) {
      Key key = o.affinity().cookie().isPresent() ? Key.STICKY_SESSION_COOKIE : Key.IP_HASH;
      report(findings, r.service(), lb, key, in + "resolves the service's name for each request and has no upstream"
          + " of containers to keep a client on", "use static mode, where the listed backends form an upstream, or remove it");
    }
  }

  private static void report(Findings findings, Service service, Interlock2 lb, Key key, String what, String hint) {
    Label l = lb.get(key).orElseThrow();
    findings.report(l.keyAt(), Lb2.sets(service, l) + what, hint);
  }

  private static Optional<Label> defaultBackend(Interlock2 lb) {
    return lb.get(Key.DEFAULT_BACKEND).filter(l -> Interlock2Values.bool(l.value()).get().orElse(false));
  }
}
