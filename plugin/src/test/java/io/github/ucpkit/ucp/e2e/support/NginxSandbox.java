package io.github.ucpkit.ucp.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of a generated nginx.conf that runs unprivileged on loopback under a private prefix.
 * {@code nginx -t} is not read-only (reference §4.1): it binds every listen socket, writes the pid
 * file, creates the temp dirs, and opens the logs, and Debian's build puts all of those at absolute
 * system paths that {@code -p} does not move. So the copy changes only this:
 * <ul>
 *   <li>{@code user}, {@code pid}, {@code daemon}, {@code error_log}, {@code access_log} and the
 *       five {@code *_temp_path} lines are dropped and replaced by ones under the prefix (the error
 *       log goes to stderr, which the caller captures); run as root, the workers stay root
 *       ({@code user root}) instead of nginx's default {@code nobody}, who could not enter the
 *       test's private temporary directory to buffer a request body;
 *   <li>every {@code listen} moves to 127.0.0.1 (IPv6 ones to [::1]) on a free high port, one new
 *       port per original port, keeping its parameters ({@code default_server}).
 * </ul>
 * Everything else (server names, upstreams, proxy settings, worker count) stays as generated.
 */
public final class NginxSandbox {

  private static final Pattern LISTEN = Pattern.compile("^(\\s*)listen\\s+([^\\s;]+)([^;]*);\\s*$");
  private static final Pattern DROPPED = Pattern.compile(
      "^\\s*(user|pid|daemon|error_log|access_log|client_body_temp_path|proxy_temp_path|fastcgi_temp_path|uwsgi_temp_path|scgi_temp_path)\\s.*$");
  private static final Pattern HTTP_OPEN = Pattern.compile("^\\s*http\\s*\\{\\s*$");
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(30);

  private final Path prefix;
  private final String text;
  private final Map<Integer, Integer> ports;

  private NginxSandbox(Path prefix, String text, Map<Integer, Integer> ports) {
    this.prefix = prefix;
    this.text = text;
    this.ports = ports;
  }

  /** Writes {@code prefix/nginx.conf} from {@code generated}, with the rewrites above. */
  public static NginxSandbox of(String generated, Path prefix) {
    try {
      Path abs = prefix.toAbsolutePath();
      Files.createDirectories(abs.resolve("logs"));
      Files.createDirectories(abs.resolve("tmp"));
      Map<Integer, Integer> ports = new LinkedHashMap<>();
      List<String> out = new ArrayList<>();
      out.add("# sandbox copy for a test: paths under " + abs + ", listens on loopback");
      out.add("pid " + abs.resolve("nginx.pid") + ";");
      out.add("error_log stderr notice;");
      if ("root".equals(System.getProperty("user.name"))) {
        out.add("user root;");
      }
      boolean httpSeen = false;
      for (String line : generated.split("\n", -1)) {
        Matcher listen = LISTEN.matcher(line);
        if (DROPPED.matcher(line).matches()) {
          out.add("# (sandbox) dropped: " + line.strip());
        } else if (listen.matches()) {
          out.add(listen.group(1) + "listen " + loopback(listen.group(2), ports) + listen.group(3) + ";");
        } else {
          out.add(line);
          if (!httpSeen && HTTP_OPEN.matcher(line).matches()) {
            httpSeen = true;
            out.addAll(httpPaths(abs));
          }
        }
      }
      if (!httpSeen) {
        throw new AssertionError("the generated nginx.conf has no 'http {' line to sandbox:\n" + generated);
      }
      String text = String.join("\n", out);
      Files.writeString(abs.resolve("nginx.conf"), text, StandardCharsets.UTF_8);
      return new NginxSandbox(abs, text, Map.copyOf(ports));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> httpPaths(Path abs) {
    List<String> lines = new ArrayList<>();
    lines.add("    # (sandbox) logs and temp files under the prefix");
    lines.add("    access_log " + abs.resolve("logs/access.log") + ";");
    for (String kind : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
      lines.add("    " + kind + "_temp_path " + abs.resolve("tmp/" + kind) + ";");
    }
    return lines;
  }

  /** {@code 80}, {@code *:80}, {@code 10.0.0.1:80} → 127.0.0.1:P; {@code [::]:80} → [::1]:P. */
  private static String loopback(String address, Map<Integer, Integer> ports) {
    Matcher m = Pattern.compile("^(?:(?:(\\[[0-9a-fA-F:]*])|([^:\\[\\]]+)):)?([0-9]+)$").matcher(address);
    if (!m.matches()) {
      throw new AssertionError("the sandbox cannot move this listen address to loopback: " + address);
    }
    int original = Integer.parseInt(m.group(3));
    int port = ports.computeIfAbsent(original, p -> Loopback.freePort());
    return (m.group(1) != null ? "[::1]" : "127.0.0.1") + ":" + port;
  }

  public Path prefix() {
    return prefix;
  }

  public Path config() {
    return prefix.resolve("nginx.conf");
  }

  /** The loopback port that replaced {@code original}. */
  public int port(int original) {
    Integer p = ports.get(original);
    if (p == null) {
      throw new AssertionError("the generated nginx.conf listens on no port " + original + "; it has " + ports.keySet());
    }
    return p;
  }

  /** The sandbox copy with line numbers, since nginx's messages cite the copy's lines. */
  public String numbered() {
    StringBuilder sb = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      sb.append(String.format("%4d  %s%n", i + 1, lines[i]));
    }
    return sb.toString();
  }

  /** {@code nginx -t} on the copy. It exits 0 on [warn], so callers must read the output. */
  public Exec.Result test() {
    return Exec.run(List.of(Tools.require("nginx").toString(), "-e", "stderr", "-p", prefix + "/", "-c", config().toString(), "-t"),
        prefix, null, CHECK_TIMEOUT);
  }

  /** nginx in the foreground, ended by itself after {@code limit} at the latest. */
  public Server start(Duration limit) {
    return Server.start("nginx", List.of(Tools.require("nginx").toString(), "-e", "stderr", "-p", prefix + "/",
        "-c", config().toString(), "-g", "daemon off;"), prefix, prefix.resolve("logs/nginx.out"), limit);
  }

  /** Waits until the master wrote its pid file, which it does after binding every listen socket. */
  public void awaitStarted(Server nginx) {
    nginx.awaitReady("its pid file", Duration.ofSeconds(20), () -> nginx.wrotePidFile(prefix.resolve("nginx.pid")));
  }
}
