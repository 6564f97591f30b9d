package io.github.ucpkit.ucp.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real BIND {@code named}, authoritative only, on 127.0.0.1:&lt;port&gt;, configured as reference §5.2
 * says so that nothing leaves the machine: no recursion, no DNSSEC validation (no trust-anchor
 * refresh), no NOTIFY, no rndc channel, IPv4 loopback only. It runs without {@code -u}: as root,
 * dropping to the bind user would lose access to the 0700 temp dir before the config is read.
 */
public final class Named {

  private static final Duration READY = Duration.ofSeconds(20);

  private Named() {}

  /**
   * Starts named serving {@code zones} (origin → zone file text) and waits until it has loaded
   * them; ended by itself after {@code limit} at the latest. Close the returned server to stop it
   * (if it never gets ready, it is stopped here).
   */
  public static Server start(Path dir, int port, Map<String, String> zones, Duration limit) {
    try {
      Path abs = dir.toAbsolutePath();
      StringBuilder conf = new StringBuilder();
      conf.append("options {\n")
          .append("  directory \"").append(abs).append("\";\n")
          .append("  pid-file \"").append(abs.resolve("named.pid")).append("\";\n")
          .append("  session-keyfile \"").append(abs.resolve("session.key")).append("\";\n")
          .append("  managed-keys-directory \"").append(abs).append("\";\n")
          .append("  listen-on port ").append(port).append(" { 127.0.0.1; };\n")
          .append("  listen-on-v6 { none; };\n")
          .append("  recursion no;\n")
          .append("  dnssec-validation no;\n")
          .append("  notify no;\n")
          .append("  allow-query { 127.0.0.1; };\n")
          .append("  allow-transfer { 127.0.0.1; };\n")
          .append("};\n")
          .append("controls { };\n");
      for (Map.Entry<String, String> z : zones.entrySet()) {
        if (!z.getKey().matches("[a-z0-9.-]+")) {
          throw new IllegalArgumentException("not a zone name: " + z.getKey());
        }
        Path file = Files.writeString(abs.resolve("db." + z.getKey()), z.getValue(), StandardCharsets.UTF_8);
        conf.append("zone \"").append(z.getKey()).append("\" { type primary; file \"").append(file).append("\"; };\n");
      }
      Path confFile = Files.writeString(abs.resolve("named.conf"), conf.toString(), StandardCharsets.UTF_8);
      Exec.Result checked = Exec.run(List.of(Tools.require("named-checkconf").toString(), "-z", confFile.toString()),
          abs, null, READY);
      if (checked.exit() != 0) {
        throw new AssertionError("named-checkconf -z rejects the test's named.conf:\n" + checked.describe() + "\n" + conf);
      }
      Server named = Server.start("named", List.of(Tools.require("named").toString(), "-g", "-4", "-c", confFile.toString()),
          abs, abs.resolve("named.log"), limit);
      try {
        // -g logs to stderr; its last start-up line is "<date> <time> running", after "all zones loaded"
        named.awaitReady("all zones loaded and running", READY, () -> named.log().lines().anyMatch(l -> l.endsWith(" running")));
      } catch (RuntimeException | AssertionError e) {
        named.close();
        throw e;
      }
      return named;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
