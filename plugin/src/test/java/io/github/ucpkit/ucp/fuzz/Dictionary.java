package io.github.ucpkit.ucp.fuzz;

import java.util.List;
import java.util.Random;

/**
 * What the mutator writes: Compose keys and Interlock labels, values that mean something else in
 * YAML 1.1, numbers at and past every bound, interpolation forms, characters that change a config
 * file's structure, and .env lines that expand.
 */
final class Dictionary {

  private static final List<String> KEYS = List.of(
      "version", "services", "networks", "volumes", "image", "build", "context", "ports", "expose", "labels",
      "aliases", "environment", "env_file", "extends", "service", "file", "depends_on", "links", "volumes_from",
      "scale", "cpus", "cpu_count", "cpu_quota", "mem_limit", "container_name", "network_mode", "hostname",
      "domainname", "healthcheck", "test", "retries", "disable", "ulimits", "nofile", "soft", "hard", "deploy",
      "replicas", "privileged", "read_only", "tty", "external", "name", "driver", "ipam", "config", "subnet",
      "target", "published", "protocol", "mode", "x-defaults", "<<", "interlock.hostname", "interlock.domain",
      "interlock.alias_domain", "interlock.alias_domain.1", "interlock.port", "interlock.network",
      "interlock.websocket_endpoint", "interlock.context_root", "interlock.ssl_cert", "interlock.balance_algorithm",
      "interlock.backend_option", "interlock.ssl_only", "interlock.unknown", "web", "db", "front", "back");

  private static final List<String> VALUES = List.of(
      "", "~", "null", "yes", "no", "on", "off", "True", "y", "0", "-1", "1", "8080", "80:80", "22:22", "1:30",
      "0755", "08", "0x1F", "0b101", "1_000", "1.5", "1.0e+5", "1e5", ".inf", "-.inf", ".nan", "0.000000001",
      "4.1", "2001-12-14", "65535", "65536", "99999", "2147483648", "4294967296", "18446744073709551616",
      "1:0:0:0:0:0:0:0:0:0:0", "1.0e+999999999", "1.5e-999999999", "=", "<<", "*", "&a", "!!int 1", "- a", "a: b",
      "nginx:1.27", "example/web:1.0", "postgres:16.1", "web", "db", "front", "example.com", "www.example.com",
      "ucp.example.com", "xn--bcher-kva.example.com", "b\u00fccher", "\u0435xample.com", "-bad.example.com",
      "/ws", "/app", "/", "ws://example.com/ws", "roundrobin", "source", "hdr(Host)", "web.pem", "true", "false",
      "10.10.20.11", "::1", "fe80::1%eth0", "10.0.0.0/8", "10.0.0.0/33", "127.0.0.1:8080:80/udp", "80-81:80-81",
      "${X}", "${X:-d}", "${X-d}", "${X?required}", "${X:?required}", "$X", "$$", "$", "${", "${X", "${1}", "$1",
      "${A:-${B}}", "web;evil", "web{x}", "we\"b", "we'b", "web#x", "web\\x", "we b", "web%x", "web\nevil",
      "\t", "\u200b", "\ufeff", "a".repeat(64), "a".repeat(254), ("a".repeat(60) + ".").repeat(5) + "com",
      "1".repeat(4_300), "1".repeat(4_301), "1" + ":0".repeat(180), "1" + ":0".repeat(180) + ".5",
      "x".repeat(10_000));

  private static final List<String> ENV_LINES = List.of(
      "X=web", "X=", "X", "export X=1", "X='single'", "X=\"double\\nline\"", "X=\"unclosed", "'X'=1", "=x",
      "X=${A}${A}", "A=0123456789", "B=${A}${A}${A}${A}", "TAG=1.27", "HOST=web;evil", "X=${A:-${B}}",
      "X=${X}${X}", "# comment", "X=a # comment", "X=a#b", "  X = spaced  ", "X=\u00e9", "X=${", "X=${a:",
      "X=" + "v".repeat(5_000));

  private static final String CHARACTERS = ":-?[]{}#&*!|>'\"%@`,\t\n \\\u0000\u0085\u2028\ufeff";

  private Dictionary() {}

  static String key(Random r) {
    return KEYS.get(r.nextInt(KEYS.size()));
  }

  static String value(Random r) {
    return VALUES.get(r.nextInt(VALUES.size()));
  }

  static String envLine(Random r) {
    return ENV_LINES.get(r.nextInt(ENV_LINES.size()));
  }

  static String character(Random r) {
    return String.valueOf(CHARACTERS.charAt(r.nextInt(CHARACTERS.length())));
  }
}
