package io.github.ucpkit.ucp.load.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The short syntaxes as {@code docker stack deploy} parses them. Every row was checked with
 * {@code docker stack config} (docker CLI 28.2.2): valid rows pass it, invalid ones fail it
 * ({@code Does not match format 'ports'}, {@code invalid spec: ...}).
 */
class StackSyntaxTest {

  @ParameterizedTest(name = "port \"{0}\" valid: {1}")
  @CsvSource(delimiter = '|', value = {
      "80|true", "0|true", "080|true", "80-80|true", ":80|true", "80/TCP|true", "80/|true",
      "8000-8010:80|true", "1.2.3.4::80|true", "[::1]:80:80|true", "::1:80:80|true", "127.0.0.1:53:53/udp|true",
      "+80|false", "80-|false", "-80|false", "65536|false", "80-79|false", "80:|false", "80/foo|false",
      "8000-8001:80-82|false", "a:80:80|false", "1.2.3.4:80|false", "' 80'|false"})
  void ports(String spec, boolean valid) {
    assertEquals(valid, StackSyntax.portProblem(spec).isEmpty(), () -> StackSyntax.portProblem(spec).toString());
  }

  @ParameterizedTest(name = "volume \"{0}\" valid: {1}")
  @CsvSource(delimiter = '|', value = {
      "/data|true", "data:/data|true", "./a:/b:ro|true", "a:/b:ro,z|true", "ab|true",
      "g:\\sqldata:C:\\sqldata|true", "C:\\data:/data:rw|true",
      ":/host/var/run/docker.sock|false", "a:b:c:d|true", "/a::/b|false", "/a:/b:|false", "/a:/b:ro:x|false", "''|false"})
  void volumes(String spec, boolean valid) {
    assertEquals(valid, StackSyntax.volumeProblem(spec).isEmpty(), () -> StackSyntax.volumeProblem(spec).toString());
  }
}
