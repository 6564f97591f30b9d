package io.github.ucpkit.ucp.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A copy of a generated haproxy.cfg that runs unprivileged on loopback in front of in-process controllers. */
public final class HaproxyLoopback {

  private HaproxyLoopback() {}

  /**
   * The only changes to the generated file: binds ({@code :80}, {@code :443}, all interfaces, ports
   * that need root) move to 127.0.0.1 on free high ports (their IPv6 twins {@code :::80 v6only} to
   * [::1] on the same ports), and the controllers' port 443, which the
   * topology cannot change, becomes the port the in-process controllers listen on. Their addresses
   * come from the topology as generated.
   */
  public static String rewrite(String cfg, int httpPort, int httpsPort, int controllerPort) {
    Matcher bind = Pattern.compile("(?m)^(\\s*bind) (|::):(80|443)( v6only)?$").matcher(cfg);
    StringBuilder sb = new StringBuilder();
    int binds = 0;
    while (bind.find()) {
      int port = bind.group(3).equals("80") ? httpPort : httpsPort;
      String address = bind.group(2).isEmpty() ? "127.0.0.1" : "[::1]";
      bind.appendReplacement(sb, Matcher.quoteReplacement(bind.group(1) + " " + address + ":" + port
          + (bind.group(4) == null ? "" : bind.group(4))));
      binds++;
    }
    bind.appendTail(sb);
    Matcher server = Pattern.compile("(?m)^(\\s*server ucp\\d 127\\.0\\.0\\.1[123]):443 ").matcher(sb.toString());
    StringBuilder out = new StringBuilder();
    int servers = 0;
    while (server.find()) {
      server.appendReplacement(out, Matcher.quoteReplacement(server.group(1) + ":" + controllerPort + " "));
      servers++;
    }
    server.appendTail(out);
    assertEquals(4, binds, "binds rewritten (IPv4 and IPv6 for :80 and :443) in:\n" + cfg);
    assertEquals(3, servers, "server lines rewritten in:\n" + cfg);
    assertFalse(out.toString().matches("(?s).*\\bbind :.*"), "a bind left on all interfaces:\n" + out);
    return out.toString();
  }

  /**
   * The only change an MKE copy needs: its frontends bind loopback VIPs on the spec's own free
   * ports, all but the redirect's port 80, which needs root and moves to {@code port}.
   */
  public static String moveBind(String cfg, String from, int port) {
    String line = "    bind " + from + "\n";
    int at = cfg.indexOf(line);
    assertFalse(at < 0 || cfg.indexOf(line, at + 1) >= 0, "expected exactly one \"" + line.strip() + "\" in:\n" + cfg);
    String host = from.substring(0, from.lastIndexOf(':'));
    return cfg.replace(line, "    bind " + host + ":" + port + "\n");
  }
}
