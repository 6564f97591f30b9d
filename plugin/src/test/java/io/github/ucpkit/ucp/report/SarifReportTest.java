package io.github.ucpkit.ucp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.policy.Baseline;
import io.github.ucpkit.ucp.policy.Policy;
import io.github.ucpkit.ucp.policy.Review;
import io.github.ucpkit.ucp.policy.Reviewed;
import io.github.ucpkit.ucp.policy.RuleSettings;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SARIF report validates against the official SARIF 2.1.0 schema and places every finding. */
class SarifReportTest {

  private static final Path FIXTURE = Path.of("src/test/resources/rules/TOPO-SAN-001/bad");

  private static String render() {
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(
        List.of(FIXTURE), Optional.of(FIXTURE.resolve("topology.yml")), Set.of(FIXTURE.resolve("topology.yml")), Map.of()));
    assertTrue(v.diagnostics().size() > 0, "the fixture must yield findings");
    return SarifReport.render(v.diagnostics(), Rules.catalog(), FIXTURE, "0.1.0-test");
  }

  @Test
  void validatesAgainstTheSarif210Schema() throws Exception {
    assertEquals(List.of(), violations(render()));
  }

  private List<String> violations(String sarif) throws Exception {
    Schema schema;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    JsonNode doc = JsonMapper.builder().build().readTree(sarif);
    return schema.validate(doc).stream().map(Object::toString).toList();
  }

  /**
   * With the policy: a suppressed result carries its comment's reason as an inSource suppression,
   * every result its fingerprint and, with a baseline, whether it is new; the settings are the
   * invocation's rule configuration overrides. Still valid SARIF 2.1.0.
   */
  @Test
  void recordsSuppressionsBaselineStatesFingerprintsAndSettings(@TempDir Path dir) throws Exception {
    Path compose = dir.resolve("docker-compose.yml");
    Files.writeString(compose, "version: \"2.4\"\nservices:\n  web:\n    image: nginx:latest  # ucp-ignore COMPOSE-IMG-001: rebuilt nightly\n"
        + "  db:\n    image: postgres:latest\n  cache:\n    image: redis\n    networks: [backend]\n");
    RuleSettings settings = RuleSettings.parse(List.of("COMPOSE-NET-001=note", "LB-*=off"), Rules.catalog());
    Path baselineFile = dir.resolve("ucp-baseline.json");
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(List.of(compose), Set.of(), Map.of()));
    Review first = new Review(new Policy(settings, Optional.empty(), false), Rules.catalog(), Disk.real(), dir);
    Reviewed before = first.apply(v.diagnostics(), Runner.sources(v), Optional.empty());
    // the baseline knows the db's image only
    Baseline known = new Baseline(Baseline.of(before, dir).entries().stream().filter(e -> e.path().equals("services.db.image")).toList());
    Files.writeString(baselineFile, known.write());
    Review review = new Review(new Policy(settings, Optional.of(baselineFile), false), Rules.catalog(), Disk.real(), dir);
    Reviewed reviewed = review.apply(v.diagnostics(), Runner.sources(v), review.baseline());
    String sarif = SarifReport.render(reviewed, Rules.catalog(), settings, dir, "0.1.0-test");
    assertEquals(List.of(), violations(sarif));

    JsonNode run = JsonMapper.builder().build().readTree(sarif).get("runs").get(0);
    Map<String, JsonNode> byLine = new java.util.TreeMap<>();
    run.get("results").forEach(r -> byLine.put(r.get("ruleId").asString() + "@"
        + r.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt(), r));
    assertEquals(Set.of("COMPOSE-IMG-001@4", "COMPOSE-IMG-001@6", "COMPOSE-IMG-001@8", "COMPOSE-NET-001@9"), byLine.keySet());
    JsonNode suppressed = byLine.get("COMPOSE-IMG-001@4");
    assertEquals("inSource", suppressed.get("suppressions").get(0).get("kind").asString());
    assertEquals("rebuilt nightly", suppressed.get("suppressions").get(0).get("justification").asString());
    assertEquals("unchanged", byLine.get("COMPOSE-IMG-001@6").get("baselineState").asString());
    assertEquals("new", byLine.get("COMPOSE-IMG-001@8").get("baselineState").asString());
    assertEquals("note", byLine.get("COMPOSE-NET-001@9").get("level").asString());
    for (JsonNode r : byLine.values()) {
      assertTrue(r.get("partialFingerprints").get("ucpFingerprint/v1").asString().matches("[0-9a-f]{32}"), r.toString());
    }
    assertEquals(known.entries().get(0).fingerprint(),
        byLine.get("COMPOSE-IMG-001@6").get("partialFingerprints").get("ucpFingerprint/v1").asString());
    JsonNode overrides = run.get("invocations").get(0).get("ruleConfigurationOverrides");
    Map<String, String> configured = new java.util.TreeMap<>();
    overrides.forEach(o -> configured.put(o.get("descriptor").get("id").asString(), o.get("configuration").toString()));
    assertEquals("{\"level\":\"note\"}", configured.get("COMPOSE-NET-001"));
    assertEquals("{\"enabled\":false}", configured.get("LB-HOST-001"));
    assertTrue(configured.keySet().stream().allMatch(id -> id.equals("COMPOSE-NET-001") || id.startsWith("LB-")), configured.toString());
  }

  @Test
  void describesEveryRuleAndPlacesEveryResult() {
    JsonNode run = JsonMapper.builder().build().readTree(render()).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertEquals(Rules.catalog().size(), rules.size());
    JsonNode first = rules.get(0);
    for (String field : List.of("id", "name", "shortDescription", "fullDescription", "helpUri", "defaultConfiguration")) {
      assertTrue(first.has(field), "rule lacks " + field);
    }
    assertTrue(first.get("helpUri").asString().endsWith("docs/rules/" + first.get("id").asString() + ".md"));
    assertTrue(run.get("originalUriBaseIds").get("PROJECTROOT").get("uri").asString().startsWith("file:"));
    JsonNode result = run.get("results").get(0);
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    assertEquals("topology.yml", location.get("artifactLocation").get("uri").asString());
    assertEquals("PROJECTROOT", location.get("artifactLocation").get("uriBaseId").asString());
    assertTrue(location.get("region").get("startLine").asInt() > 0);
    assertTrue(location.get("region").get("startColumn").asInt() > 0);
    assertEquals(rules.get(result.get("ruleIndex").asInt()).get("id").asString(), result.get("ruleId").asString());
  }
}
