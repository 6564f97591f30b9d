package io.github.ucpkit.ucp.model.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageNameTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "mirantis/ucp-interlock-proxy:3.7.5",
      "docker/ucp-interlock-extension:3.2.6",
      "registry.example.com:5000/mke/ucp-interlock-proxy:3.7.5-rc.1",
      "localhost/proxy:1",
      "a__b/c--d.e_f:T_1.x-y",
      "proxy@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "r.io/p:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
  void acceptsPinnedReferences(String text) {
    assertEquals(Optional.of(new ImageName(text)), ImageName.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "mirantis/ucp-interlock-proxy", "registry.example.com:5000/proxy", "Mirantis/proxy:1", "proxy:",
      "proxy:.1", "proxy:-1", "a___b:1", "a._b:1", "a.-b:1", "-a:1", "a-:1", "a//b:1", "/a:1", "a/:1",
      "proxy@sha256:0123", "proxy@md5:0123456789abcdef0123456789abcdef", "proxy:1 ", "proxy:1\"", "proxy:1\n",
      "proxy:1;x", "proxy:${TAG}", "reg_istry.io/p:1", "-reg.io/p:1", "reg.io:99999x/p:1", "proxy:\u00e91"})
  void refusesEverythingElse(String text) {
    assertTrue(ImageName.parse(text).isEmpty(), () -> "accepted " + text);
  }

  @org.junit.jupiter.api.Test
  void boundsTheLength() {
    assertTrue(ImageName.parse("a".repeat(256) + ":1").isEmpty());
    assertTrue(ImageName.parse("a:" + "1".repeat(129)).isEmpty());
    assertTrue(ImageName.parse("a:" + "1".repeat(128)).isPresent());
    assertTrue(ImageName.parse("a".repeat(255) + ":1").isPresent());
  }
}
