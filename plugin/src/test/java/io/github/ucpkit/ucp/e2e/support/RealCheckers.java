package io.github.ucpkit.ucp.e2e.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real programs that judge each artifact, with the strictness reference §3–§6 calls for: each
 * of them exits 0 on some real problems, so the output is read too.
 */
public final class RealCheckers {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * named-checkzone messages that come with exit 0 but mean the zone is not what was written
   * (reference §5.1, "Exit 0 with a message").
   */
  private static final List<String> ZONE_SOFT_ERRORS = List.of(
      "ignoring out-of-zone data", "no TTL specified", "TTL set to prior TTL", "> MAXTTL", "check-names", "(illegal)");
  private static final Pattern LOADED = Pattern.compile("zone \\S+/IN: loaded serial \\d+");
  private static final Pattern ORIGIN = Pattern.compile("(?m)^\\$ORIGIN\\s+(\\S+)\\.\\s*$");

  private RealCheckers() {}

  /**
   * {@code haproxy -c -dW}: -dW turns warnings (a redirect in tcp mode, a missing timeout) into a
   * failure. In a private network namespace when possible, so a hostname cannot cause a DNS query.
   */
  public static void haproxy(Path cfg) {
    List<String> cmd = new ArrayList<>(Tools.netnsPrefix());
    cmd.addAll(List.of(Tools.require("haproxy").toString(), "-c", "-dW", "-f", cfg.toString()));
    Exec.Result r = Exec.run(cmd, cfg.getParent(), null, TIMEOUT);
    if (r.exit() != 0 || r.output().contains("[WARNING]") || r.output().contains("[ALERT]")
        || !r.output().contains("Configuration file is valid")) {
      throw new AssertionError("haproxy rejects " + cfg.getFileName() + ":\n" + r.describe());
    }
  }

  /** Interlock 2's core keys and the nginx extension's, as its configuration reference lists them (reference §3). */
  private static final java.util.Set<String> CORE_KEYS = java.util.Set.of(
      "ListenAddr", "DockerURL", "TLSCACert", "TLSCert", "TLSKey", "AllowInsecure", "PollInterval", "EndpointOverride",
      "Extensions");
  private static final java.util.Set<String> EXTENSION_KEYS = java.util.Set.of(
      "Image", "Args", "Labels", "ContainerLabels", "ServiceName", "Networks", "Constraints", "PlacementPreferences",
      "ProxyImage", "ProxyArgs", "ProxyLabels", "ProxyContainerLabels", "ProxyServiceName", "ProxyConfigPath",
      "ProxyReplicas", "ProxyStopSignal", "ProxyStopGracePeriod", "ProxyConstraints", "ProxyPlacementPreferences",
      "ProxyUpdateDelay", "ServiceCluster", "PublishMode", "PublishedPort", "TargetPort", "PublishedSSLPort",
      "TargetSSLPort", "Template", "HitlessServiceUpdate", "ConfigImage", "ConfigServiceName", "Config");

  /**
   * An Interlock 2 configuration, read by a real TOML parser (no Interlock binary runs here): it
   * must parse, use only documented keys, and give every extension what the core needs to start:
   * the extension's and the proxy's images, an integer ProxyReplicas (the core crashes without it), a publish mode and integer ports.
   * Returns the parsed tree for the caller's own assertions.
   */
  public static tools.jackson.databind.JsonNode interlockToml(Path file) throws IOException {
    tools.jackson.databind.JsonNode root;
    try {
      root = new tools.jackson.dataformat.toml.TomlMapper().readTree(Files.readString(file));
    } catch (tools.jackson.core.JacksonException e) {
      throw new AssertionError("the TOML parser rejects " + file.getFileName() + ": " + e.getOriginalMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    root.propertyNames().forEach(k -> {
      if (!CORE_KEYS.contains(k)) {
        problems.add("unknown core key " + k);
      }
    });
    tools.jackson.databind.JsonNode extensions = root.path("Extensions");
    if (!extensions.isObject() || extensions.isEmpty()) {
      problems.add("no [Extensions.<name>] table");
    }
    extensions.properties().forEach(e -> {
      tools.jackson.databind.JsonNode x = e.getValue();
      x.propertyNames().forEach(k -> {
        if (!EXTENSION_KEYS.contains(k)) {
          problems.add("unknown key " + k + " in extension " + e.getKey());
        }
      });
      for (String image : List.of("Image", "ProxyImage")) {
        if (x.path(image).asString("").isBlank()) {
          problems.add("extension " + e.getKey() + " has no " + image + ", which the core starts its services from");
        }
      }
      if (!x.path("ProxyReplicas").isIntegralNumber() || x.path("ProxyReplicas").asLong() < 1) {
        problems.add("extension " + e.getKey() + " lacks an integer ProxyReplicas >= 1");
      }
      if (!List.of("ingress", "host").contains(x.path("PublishMode").asString(""))) {
        problems.add("extension " + e.getKey() + " has no PublishMode ingress or host");
      }
      for (String port : List.of("PublishedPort", "TargetPort", "PublishedSSLPort", "TargetSSLPort")) {
        long n = x.path(port).asLong(-1);
        if (!x.path(port).isIntegralNumber() || n < 1 || n > 65535) {
          problems.add("extension " + e.getKey() + ": " + port + " is not a port");
        }
      }
    });
    if (!problems.isEmpty()) {
      throw new AssertionError(file.getFileName() + " is not a usable Interlock 2 configuration: " + problems);
    }
    return root;
  }

  /** {@code nginx -t} on a sandbox copy; fails on a [warn] too, since nginx -t exits 0 on them. */
  public static void nginx(String generated, Path prefix) {
    NginxSandbox sandbox = NginxSandbox.of(generated, prefix);
    Exec.Result r = sandbox.test();
    String out = r.output();
    if (r.exit() != 0 || out.contains("[warn]") || out.contains("[emerg]") || out.contains("[alert]")
        || !out.contains("test is successful")) {
      throw new AssertionError("nginx -t rejects the sandbox copy of nginx.conf:\n" + r.describe()
          + "\n--- sandbox copy (nginx's line numbers refer to it)\n" + sandbox.numbered());
    }
  }

  /**
   * {@code named-checkzone} with every check set to fail, for the origin the file declares; it
   * must print only "loaded serial" and "OK".
   */
  public static void zone(Path file) throws IOException {
    String text = Files.readString(file);
    Matcher m = ORIGIN.matcher(text);
    if (!m.find()) {
      throw new AssertionError(file.getFileName() + " declares no $ORIGIN");
    }
    String origin = m.group(1);
    if (!file.getFileName().toString().equals(origin + ".zone")) {
      throw new AssertionError(file.getFileName() + " holds the zone " + origin);
    }
    Exec.Result r = Exec.run(List.of(Tools.require("named-checkzone").toString(), "-i", "full", "-k", "fail", "-n", "fail",
        "-m", "fail", "-M", "fail", "-S", "fail", "-r", "fail", origin, file.toString()), file.getParent(), null, TIMEOUT);
    List<String> unexpected = r.output().lines()
        .filter(l -> !l.isBlank() && !l.equals("OK") && !LOADED.matcher(l).matches())
        .toList();
    List<String> soft = ZONE_SOFT_ERRORS.stream().filter(r.output()::contains).toList();
    if (r.exit() != 0 || !unexpected.isEmpty() || !r.output().lines().anyMatch(l -> l.equals("OK"))) {
      throw new AssertionError("named-checkzone rejects " + file.getFileName()
          + (soft.isEmpty() ? "" : " (messages that come with exit 0 but are errors: " + soft + ")")
          + ":\n" + r.describe());
    }
  }

  /**
   * {@code docker-compose -f F config -q} in the file's directory with nothing in the environment
   * but PATH, so no variable or COMPOSE_* setting of the machine can change the verdict. Quiet mode
   * prints nothing for a good file; any output (an unset variable, a warning) fails.
   */
  public static void compose(Path file) {
    Exec.Result r = Exec.run(List.of(Tools.require("docker-compose").toString(), "-f", file.getFileName().toString(), "config", "-q"),
        file.getParent(), Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")), TIMEOUT);
    if (r.exit() != 0 || !r.output().isBlank()) {
      throw new AssertionError("docker-compose config rejects " + file.getFileName() + ":\n" + r.describe());
    }
  }

  /**
   * {@code docker stack config -c F} (the docker CLI's stack loader, no engine needed) in the file's
   * directory with nothing in the environment but PATH, so no variable of the machine can change the
   * verdict: that of {@code docker stack deploy} on a file meant for it. Anything on stderr (an ignored
   * option, a deprecated one) fails.
   */
  public static void stack(Path file) {
    Exec.Result r = Exec.run(List.of(Tools.require("docker").toString(), "stack", "config", "-c", file.getFileName().toString()),
        file.getParent(), Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")), TIMEOUT);
    if (r.exit() != 0 || !r.stderr().isBlank()) {
      throw new AssertionError("docker stack config rejects " + file.getFileName() + ":\n" + r.describe());
    }
  }

  /** How a test checks an app file docker-compose deploys: one process per file, or a batch. */
  public interface ComposeCheck {
    void check(Path file) throws IOException;
  }

  /**
   * The real program for a generated artifact, chosen by its name and, for an app file, by the tool
   * its header deploys it with: the artifact of a file read for docker stack deploy is for that tool
   * alone (docker-compose would only warn that it ignores configs or deploy). {@code scratch} holds
   * nginx's prefix; an artifact no real program is known for fails.
   */
  public static void artifact(String name, String content, Path file, Path scratch, ComposeCheck compose) throws IOException {
    if (name.equals("haproxy.cfg") || name.equals("proxy-lb.cfg")) {
      haproxy(file);
    } else if (name.equals("nginx.conf")) {
      nginx(content, scratch.resolve("nginx"));
    } else if (name.equals("interlock.toml")) {
      interlockToml(file);
    } else if (name.endsWith(".zone")) {
      zone(file);
    } else if (name.endsWith(".yml") && content.contains("\n#   docker stack deploy -c ")) {
      stack(file);
    } else if (name.endsWith(".yml")) {
      compose.check(file);
    } else {
      throw new AssertionError("no real program is known for the artifact " + name + "; add one here");
    }
  }
}
