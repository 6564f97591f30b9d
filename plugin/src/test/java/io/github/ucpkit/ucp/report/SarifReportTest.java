package io.github.ucpkit.ucp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.check.Rules;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
    String sarif = render();
    Schema schema;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    JsonNode doc = JsonMapper.builder().build().readTree(sarif);
    assertEquals(List.of(), schema.validate(doc).stream().map(Object::toString).toList());
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
