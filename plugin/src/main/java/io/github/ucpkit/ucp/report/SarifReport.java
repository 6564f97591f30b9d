package io.github.ucpkit.ucp.report;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.RuleInfo;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for code-scanning views (GitHub, GitLab, IDEs). Results are located relative to the
 * {@code PROJECTROOT} base so viewers can place them in the repository.
 */
public final class SarifReport {

  public static final String DOCS = "https://github.com/ucpkit/ucp-maven-plugin/blob/main/docs/rules/";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SarifReport() {}

  public static String render(List<Diagnostic> diagnostics, List<RuleInfo> rules, Path basedir, String toolVersion) {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "ucp-maven-plugin");
    driver.put("version", toolVersion);
    driver.put("informationUri", "https://github.com/ucpkit/ucp-maven-plugin");
    ArrayNode ruleArray = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (RuleInfo r : rules) {
      index.put(r.id(), index.size());
      ObjectNode rule = ruleArray.addObject();
      rule.put("id", r.id());
      rule.put("name", name(r.title()));
      rule.putObject("shortDescription").put("text", r.title());
      rule.putObject("fullDescription").put("text", r.title() + ". See " + DOCS + r.id() + ".md");
      rule.put("helpUri", DOCS + r.id() + ".md");
      rule.putObject("help").put("text", "See " + DOCS + r.id() + ".md");
      rule.putObject("defaultConfiguration").put("level", r.severity().label());
    }
    String base = basedir.toAbsolutePath().normalize().toUri().toString();
    run.putObject("originalUriBaseIds").putObject("PROJECTROOT").put("uri", base.endsWith("/") ? base : base + "/");
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.ruleId());
      if (index.containsKey(d.ruleId())) {
        result.put("ruleIndex", index.get(d.ruleId()));
      }
      result.put("level", d.severity().label());
      String message = LogText.escape(d.message());
      result.putObject("message").put("text", d.hint().isEmpty() ? message : message + ". " + LogText.escape(d.hint()));
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      Path abs = d.at().file().toAbsolutePath().normalize();
      if (abs.startsWith(basedir.toAbsolutePath().normalize())) {
        artifact.put("uri", uriPath(Paths.relative(abs, basedir)));
        artifact.put("uriBaseId", "PROJECTROOT");
      } else {
        artifact.put("uri", abs.toUri().toString());
      }
      if (d.at().line() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", d.at().line());
        region.put("startColumn", Math.max(1, d.at().column()));
      }
    }
    return write(root);
  }

  /** A relative path as a URI reference: characters a URI cannot hold are percent-encoded. */
  private static String uriPath(String relative) {
    try {
      return new java.net.URI(null, null, relative, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      return java.net.URLEncoder.encode(relative, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A PascalCase name from a title, as SARIF's {@code rule.name} expects an identifier-like string. */
  private static String name(String title) {
    StringBuilder sb = new StringBuilder();
    for (String word : title.replaceAll("[^A-Za-z0-9 ]", " ").trim().split("\\s+")) {
      if (!word.isEmpty()) {
        sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return sb.toString();
  }

  private static String write(JsonNode root) {
    return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }
}
