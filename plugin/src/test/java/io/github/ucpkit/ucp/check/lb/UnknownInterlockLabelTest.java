package io.github.ucpkit.ucp.check.lb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnknownInterlockLabelTest {

  @ParameterizedTest
  @CsvSource({
      "interlock.host_name, interlock.hostname",
      "interlock.HOSTNAME, interlock.hostname",
      "interlock.domains, interlock.domain",
      "interlock.prot, interlock.port",
      "interlock.ssl-only, interlock.ssl_only",
      "interlock.ext_name, interlock.ext.name",
      "interlock.healthcheck, interlock.health_check",
      "interlock.backendoption.1, interlock.backend_option.1",
      "interlock.websocketendpoint.ws, interlock.websocket_endpoint.ws",
      "interlock.ssl_key, interlock.ssl_cert_key"})
  void suggestsTheLabelMeant(String key, String meant) {
    String hint = UnknownInterlockLabel.hint(key);
    assertTrue(hint.startsWith("did you mean \"" + meant + "\"?"), hint);
  }

  @ParameterizedTest
  @CsvSource({"interlock.alias_domains", "interlock.alias_domain.a.b", "interlock.backend_options"})
  void explainsInterlocksSubstringMatch(String key) {
    assertTrue(UnknownInterlockLabel.hint(key).startsWith("Interlock reads every key containing"), key);
  }

  @ParameterizedTest
  @CsvSource({"interlock.sticky", "interlock.", "interlock.foo"})
  void offersNoGuessForFarOffNames(String key) {
    assertEquals("remove it, or correct it to one of Interlock 1.x's labels (see docs/rules/LB-LABEL-001.md)",
        UnknownInterlockLabel.hint(key));
  }
}
