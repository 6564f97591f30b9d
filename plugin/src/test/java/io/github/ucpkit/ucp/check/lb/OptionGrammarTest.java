package io.github.ucpkit.ucp.check.lb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OptionGrammarTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "httpchk", "httpchk /health", "httpchk GET /health", "httpchk HEAD /status?full=1 HTTP/1.1",
      "tcp-check", "ssl-hello-chk", "smtpchk", "smtpchk EHLO example.com", "mysql-check",
      "mysql-check user haproxy post-41", "pgsql-check user haproxy", "redis-check", "ldap-check"})
  void acceptsHaproxyChecks(String value) {
    assertTrue(OptionGrammar.healthCheck(value).isEmpty(), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/ping", "option httpchk", "httpchk get /", "httpchk GET ping", "httpchk GET / HTTP/2",
      "httpchk GET / HTTP/1.1 extra", "tcp-check yes", "pgsql-check", "mysql-check user", "http-check",
      "", " httpchk", "httpchk  /"})
  void refusesOtherChecks(String value) {
    assertTrue(OptionGrammar.healthCheck(value).isPresent(), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "keepalive 32", "keepalive_requests 1000", "keepalive_timeout 60s", "keepalive_timeout 60",
      "least_conn", "redispatch", "http-server-close"})
  void acceptsTheBackendOptionAllowList(String value) {
    assertTrue(OptionGrammar.backendOption(value).isEmpty(), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "keepalive", "keepalive 0", "keepalive 99999999999", "keepalive_timeout 0s", "least_conn 2",
      "option redispatch", "proxy_set_header Host x", "ip_hash", "zone x 64k", "hash $remote_addr"})
  void refusesEverythingElse(String value) {
    assertTrue(OptionGrammar.backendOption(value).isPresent(), value);
  }

  @ParameterizedTest
  @CsvSource({
      "roundrobin,", "static-rr,", "random(2),", "hdr(Host),",
      "round_robin,write \"roundrobin\"", "LeastConn,write \"leastconn\"",
      "ip_hash,write \"source\" (Interlock passes the value to HAProxy's balance)"})
  void balanceAlgorithms(String value, String hint) {
    assertEquals(hint == null ? "" : hint, OptionGrammar.balance(value).map(OptionGrammar.Problem::hint).orElse(""));
  }

  @ParameterizedTest
  @CsvSource({"5000,", "1,", "0,x", "-5,x", "5s,x", "2147483648,x", "05000,"})
  void intervals(String value, String refused) {
    assertEquals(refused != null, OptionGrammar.interval(value).isPresent(), value);
  }

  @ParameterizedTest
  @CsvSource({"vote.pem,", "vote.example.com+1.key,", "certs/vote.pem,x", "..pem,x", ".hidden,x", "-v.pem,x"})
  void certificateFileNames(String value, String refused) {
    assertEquals(refused != null, OptionGrammar.fileName(value).isPresent(), value);
  }
}
