package io.github.ucpkit.ucp.load.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.model.compose.DeployWith;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The minor version that added each key or form, as {@code docker stack deploy} (docker CLI 28.2.2)
 * enforces it: a file declaring the minor before is refused ({@code Additional property X is not
 * allowed}), one declaring that minor passes. The table was measured with {@code docker stack config}
 * on one file holding every key, version by version; here the plugin must give COMPOSE-VER-003 naming
 * that minor in the first case and no error at all in the second.
 */
class StackMinorsTest {

  private static final String HEAD = "services:\n  web:\n    image: nginx:1.27\n";

  @ParameterizedTest(name = "{0}: since 3.{1}")
  @CsvSource(delimiter = '|', value = {
      "service secrets|1|'    secrets: [s]\\nsecrets:\\n  s:\\n    external: true\\n'",
      "long-syntax port|2|'    ports:\\n      - {target: 80, published: 8080}\\n'",
      "long-syntax volume|2|'    volumes:\\n      - {type: volume, source: d, target: /d}\\nvolumes:\\n  d:\\n'",
      "build.cache_from|2|'    build:\\n      context: .\\n      cache_from: [a]\\n'",
      "deploy.endpoint_mode|2|'    deploy:\\n      endpoint_mode: dnsrr\\n'",
      "network attachable|2|'    networks: [n]\\nnetworks:\\n  n:\\n    attachable: true\\n'",
      "service configs|3|'    configs: [c]\\nconfigs:\\n  c:\\n    external: true\\n'",
      "credential_spec|3|'    credential_spec:\\n      file: spec.json\\n'",
      "build.labels|3|'    build:\\n      context: .\\n      labels: {a: b}\\n'",
      "placement.preferences|3|'    deploy:\\n      placement:\\n        preferences: [{spread: node.labels.zone}]\\n'",
      "top-level x- field|4|'x-common: 1\\n'",
      "build.target|4|'    build:\\n      context: .\\n      target: prod\\n'",
      "update_config.order|4|'    deploy:\\n      update_config:\\n        order: start-first\\n'",
      "healthcheck.start_period|4|'    healthcheck:\\n      start_period: 5s\\n'",
      "volume name|4|'    volumes: [d:/d]\\nvolumes:\\n  d:\\n    name: data\\n'",
      "isolation|5|'    isolation: default\\n'",
      "generic_resources|5|'    deploy:\\n      resources:\\n        reservations:\\n          generic_resources:\\n            - discrete_resource_spec: {kind: gpu, value: 1}\\n'",
      "network name|5|'    networks: [n]\\nnetworks:\\n  n:\\n    name: front\\n'",
      "tmpfs.size|6|'    volumes:\\n      - {type: tmpfs, target: /t, tmpfs: {size: 1000}}\\n'",
      "init|7|'    init: true\\n'",
      "rollback_config|7|'    deploy:\\n      rollback_config:\\n        parallelism: 1\\n'",
      "x- field in a service|7|'    x-owner: web-team\\n'",
      "max_replicas_per_node|8|'    deploy:\\n      placement:\\n        max_replicas_per_node: 1\\n'",
      "secret template_driver|8|'    secrets: [s]\\nsecrets:\\n  s:\\n    file: ./s\\n    template_driver: golang\\n'",
      "cgroupns_mode|9|'    cgroupns_mode: private\\n'",
      "limits.pids|9|'    deploy:\\n      resources:\\n        limits:\\n          pids: 10\\n'",
      "any key in build|11|'    build:\\n      context: .\\n      pull: true\\n'",
      "healthcheck.start_interval|12|'    healthcheck:\\n      start_interval: 1s\\n'",
      "oom_score_adj|13|'    oom_score_adj: 100\\n'"})
  void aKeyNeedsTheMinorThatAddedIt(String what, int since, String body, @TempDir Path dir) throws IOException {
    String text = HEAD + body.replace("\\n", "\n");
    // the secret file some rows read must exist: a missing one is COMPOSE-SECRET-003's, not this table's
    Files.writeString(dir.resolve("s"), "secret\n");
    List<Diagnostic> before = validate(dir.resolve("before.yml"), "3." + (since - 1), text);
    List<Diagnostic> errors = before.stream().filter(Diagnostic::isError).toList();
    assertTrue(!errors.isEmpty() && errors.stream().allMatch(d -> d.ruleId().equals("COMPOSE-VER-003")), () -> before.toString());
    for (Diagnostic d : errors) {
      assertTrue(d.message().contains("needs file format 3." + since + ";")
          || d.message().contains("format 3." + since + " and later accept it"), d.message());
    }
    List<Diagnostic> from = validate(dir.resolve("from.yml"), "3." + since, text);
    assertEquals(List.of(), from.stream().filter(Diagnostic::isError).toList());
    List<Diagnostic> bare = validate(dir.resolve("bare.yml"), "3", text);
    assertEquals(List.of(), bare.stream().filter(Diagnostic::isError).toList(), "a bare \"3\" is the newest minor");
  }

  private static List<Diagnostic> validate(Path file, String version, String text) throws IOException {
    Files.writeString(file, "version: \"" + version + "\"\n" + text);
    return Pipeline.validate(new Pipeline.Request(List.of(file), Optional.empty(), Set.of(), Map.of(), DeployWith.STACK))
        .diagnostics().stream().filter(d -> d.at().file().equals(file)).toList();
  }
}
