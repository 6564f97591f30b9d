package io.github.ucpkit.ucp.model.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The value types the load-balancer settings reach a config through: parsed once, bounded, written canonically. */
class ProxyValuesTest {

  @ParameterizedTest
  @CsvSource({
    "1, 1, 1",
    "1048576, 1048576, 1048576",
    "512k, 524288, 512k",
    "10M, 10485760, 10m",
    "064g, 68719476736, 64g",
    "68719476736, 68719476736, 68719476736",
  })
  void sizes(String input, long bytes, String text) {
    NginxSize s = NginxSize.parse(input).orElseThrow();
    assertEquals(bytes, s.bytes());
    assertEquals(text, s.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0m", "65g", "68719476737", "65537m", "10mb", "1.5m", "-1", " 1m", "1m ", "1m;", "", "1t",
      "9999999999999"})
  void sizesOutOfSyntaxOrBounds(String input) {
    assertTrue(NginxSize.parse(input).isEmpty(), input);
  }

  @ParameterizedTest
  @CsvSource({
    "1s, 1000, 1s",
    "90, 90000, 90s",
    "1000ms, 1000, 1000ms",
    "5m, 300000, 5m",
    "024h, 86400000, 24h",
    "86400000ms, 86400000, 86400000ms",
  })
  void durations(String input, long millis, String text) {
    NginxDuration d = NginxDuration.parse(input).orElseThrow();
    assertEquals(millis, d.millis());
    assertEquals(text, d.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "999ms", "25h", "1441m", "86400001ms", "5M", "1d", "1m30s", "90 s", "1.5s", "", "1h;",
      "9999999999s"})
  void durationsOutOfSyntaxOrBounds(String input) {
    assertTrue(NginxDuration.parse(input).isEmpty(), input);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/run/haproxy/admin.sock", "/dev/log", "/a", "/var/run/ha_proxy-2.6/x.sock"})
  void socketPaths(String input) {
    assertEquals(input, SocketPath.parse(input).orElseThrow().value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"run/admin.sock", "/", "//run/x", "/run//x", "/run/../etc/x", "/run/./x", "/run/x/", "/run/a b",
      "/run/x;y", "/run/.hidden", "/run/\u00e9", ""})
  void socketPathsRefused(String input) {
    assertTrue(SocketPath.parse(input).isEmpty(), input);
  }

  @ParameterizedTest
  @CsvSource({
    "stdout, stdout, true",
    "stderr, stderr, true",
    "/dev/log, /dev/log, false",
    "10.10.0.5:514, 10.10.0.5:514, false",
    "[2001:DB8::5]:514, [2001:db8::5]:514, false",
  })
  void logTargets(String input, String haproxy, boolean raw) {
    LogTarget t = LogTarget.parse(input).orElseThrow();
    assertEquals(haproxy, t.haproxy());
    assertEquals(raw, t.raw());
  }

  @ParameterizedTest
  @ValueSource(strings = {"syslog.example.com:514", "10.10.0.5", "2001:db8::5:514", "10.10.0.5:0", "STDOUT", "udp@10.0.0.1:514",
      "relative/log", ""})
  void logTargetsRefused(String input) {
    assertTrue(LogTarget.parse(input).isEmpty(), input);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "::", "0:0:0:0:0:0:0:0"})
  void unspecifiedAddresses(String input) {
    assertTrue(IpAddress.parse(input).orElseThrow().isUnspecified(), input);
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "::1", "10.0.0.0", "0.0.0.1"})
  void specifiedAddresses(String input) {
    assertTrue(!IpAddress.parse(input).orElseThrow().isUnspecified(), input);
  }
}
