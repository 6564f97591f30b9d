package io.github.ucpkit.ucp.check.lb2;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Interlock2;
import io.github.ucpkit.ucp.model.compose.Interlock2.Key;
import io.github.ucpkit.ucp.model.compose.Label;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.route.Interlock2Labels.Finding;
import io.github.ucpkit.ucp.model.route.Problem;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The TLS labels of an Interlock 2 route cannot work: {@code ssl_cert} without {@code ssl_key} (or the
 * reverse), a value that is not a secret name, a secret the file does not declare under top-level
 * {@code secrets:} by the name the stack gives it ({@code <stack>_<key>}, or its {@code name:}; an
 * external secret by its own name), or {@code ssl_passthrough} without {@code com.docker.lb.network}
 * (docker/docs#9001, #9007). Interlock mounts the two secrets into its proxy by name; a missing one
 * keeps the proxy from being updated, for every service it serves.
 */
public final class UnusableTls implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("LB-TLS-001", Severity.ERROR,
        "The TLS labels of an Interlock 2 route name no declared secret, or lack their partner")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    Lb2.forEach(inputs, (file, service, reading) -> {
      for (Finding f : reading.findings(Problem.TLS_INVALID)) {
        Label l = f.label().orElseThrow();
        if (f.at().equals(l.valueAt())) {
          findings.report(f.at(), Lb2.valueOf(l, service) + ", " + f.why(), "name the secret as docker secret ls lists it");
        } else if (l.key().equals(Key.SSL_PASSTHROUGH.label())) {
          findings.report(f.at(), Lb2.sets(service, l) + " without \"com.docker.lb.network\"; Interlock needs the network to"
              + " pass TLS through to the containers", "add com.docker.lb.network with the stack's name of the network"
              + " the service joins");
        } else {
          findings.report(f.at(), Lb2.sets(service, l) + " " + f.why() + "; the proxy needs both to terminate TLS",
              "set both com.docker.lb.ssl_cert and com.docker.lb.ssl_key, each the name of a Docker secret");
        }
      }
      if (reading.findings(Problem.TLS_INVALID).isEmpty()) {
        declared(file, service, findings);
      }
    });
  }

  /** Each secret label names a secret the file declares, by the name docker stack deploy gives it. */
  private static void declared(ComposeFile file, Service service, Findings findings) {
    Interlock2 lb = Interlock2.of(service);
    Map<String, String> engineNames = engineNames(file);
    for (Key key : List.of(Key.SSL_CERT, Key.SSL_KEY)) {
      Optional<Label> label = lb.get(key);
      if (label.isEmpty() || engineNames.containsValue(label.get().value())) {
        continue;
      }
      String value = label.get().value();
      String prefix = Lb2.valueOf(label.get(), service);
      if (engineNames.containsKey(value)) {
        findings.report(label.get().valueAt(),
            prefix + ", the secret's key in the file; docker stack deploy names it " + Echo.quote(engineNames.get(value))
                + ", and Interlock mounts the secret by that name",
            "write " + key.label() + ": \"" + engineNames.get(value) + "\", or give the secret a fixed name: and use it");
      } else if (otherStack(engineNames, file, value).isPresent()) {
        String secret = otherStack(engineNames, file, value).get();
        String assumed = value.substring(0, value.length() - secret.length() - 1);
        findings.report(label.get().valueAt(),
            prefix + ", the name secret " + Echo.quote(secret) + " gets in a stack named " + Echo.quote(assumed)
                + "; this build deploys the file as stack " + Echo.quote(file.project()) + ", where the secret is "
                + Echo.quote(engineNames.get(secret)),
            Lb2.otherStack(assumed, file.project(), "secret"));
      } else {
        findings.report(label.get().valueAt(),
            prefix + ", which is not a secret this file declares; Interlock could not mount it into the proxy",
            "declare it under top-level secrets: (with file: to create it with the stack, or external: true when it was"
                + " created with docker secret create)");
      }
    }
  }

  /** The key of a secret the stack names {@code <project>_<key>}, which {@code value} names as {@code <other>_<key>}. */
  private static Optional<String> otherStack(Map<String, String> engineNames, ComposeFile file, String value) {
    return engineNames.entrySet().stream()
        .filter(e -> e.getValue().equals(file.project() + "_" + e.getKey()))
        .map(Map.Entry::getKey)
        .filter(key -> value.endsWith("_" + key) && value.length() > key.length() + 1)
        .findFirst();
  }

  /** Top-level secrets: key to the name the engine knows. */
  private static Map<String, String> engineNames(ComposeFile file) {
    Map<String, String> out = new LinkedHashMap<>();
    Nodes.map(file.document(), "secrets").ifPresent(secrets -> {
      for (YMap.Entry e : secrets.all()) {
        String key = e.key().text();
        Optional<YMap> def = Nodes.map(Optional.of(e.value()));
        Optional<String> name = def.flatMap(d -> Nodes.text(d, "name")).map(l -> l.value());
        Optional<YNode> external = def.flatMap(d -> d.get("external"));
        boolean isExternal = external.map(x -> x instanceof YMap
            || (x instanceof YScalar s && s.type() == ScalarType.BOOL && s.bool())).orElse(false);
        Optional<String> externalName = external.flatMap(x -> Nodes.map(Optional.of(x))).flatMap(x -> Nodes.text(x, "name"))
            .map(l -> l.value());
        out.put(key, isExternal ? externalName.or(() -> name).orElse(key) : name.orElse(file.project() + "_" + key));
      }
    });
    return out;
  }
}
