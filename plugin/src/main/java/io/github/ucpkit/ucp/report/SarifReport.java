package io.github.ucpkit.ucp.report;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.policy.Fingerprints;
import io.github.ucpkit.ucp.policy.Reviewed;
import io.github.ucpkit.ucp.policy.RuleSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for code-scanning views (GitHub, GitLab, IDEs). Results are located relative to the
 * {@code PROJECTROOT} base so viewers can place them in the repository. Every finding the policy kept
 * is a result: suppressed ones carry an {@code inSource} suppression with the comment's reason, each
 * carries its fingerprint in {@code partialFingerprints} (so a viewer tracks it across commits), and
 * with a baseline each says whether it is {@code new} or {@code unchanged}. The project's rule
 * settings are recorded as the invocation's rule configuration overrides.
 */
public final class SarifReport {

  public static final String DOCS = "https://github.com/ucpkit/ucp-maven-plugin/blob/main/docs/rules/";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SarifReport() {}

  /** The findings as they are, without a policy. */
  public static String render(List<Diagnostic> diagnostics, List<RuleInfo> rules, Path basedir, String toolVersion) {
    return render(Reviewed.plain(diagnostics), rules, RuleSettings.none(), basedir, toolVersion);
  }

  public static String render(Reviewed reviewed, List<RuleInfo> rules, RuleSettings settings, Path basedir,
      String toolVersion) {
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
    overrides(run, rules, index, settings);
    String base = basedir.toAbsolutePath().normalize().toUri().toString();
    run.putObject("originalUriBaseIds").putObject("PROJECTROOT").put("uri", base.endsWith("/") ? base : base + "/");
    ArrayNode results = run.putArray("results");
    Map<Path, Location> locations = new HashMap<>(); // thousands of findings name far fewer files
    for (Reviewed.Finding f : reviewed.findings()) {
      Diagnostic d = f.diagnostic();
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
      Location location = locations.computeIfAbsent(d.at().file(), file -> location(file, basedir));
      artifact.put("uri", location.uri());
      if (location.inProject()) {
        artifact.put("uriBaseId", "PROJECTROOT");
      }
      if (d.at().line() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", d.at().line());
        region.put("startColumn", Math.max(1, d.at().column()));
      }
      policy(result, f, reviewed.baselineUsed());
    }
    return write(root);
  }

  private static void policy(ObjectNode result, Reviewed.Finding f, boolean baselineUsed) {
    if (!f.fingerprint().isEmpty()) {
      result.putObject("partialFingerprints").put(Fingerprints.KEY, f.fingerprint());
    }
    if (baselineUsed) {
      result.put("baselineState", f.state() == Reviewed.State.KNOWN ? "unchanged" : "new");
    }
    if (f.state() == Reviewed.State.SUPPRESSED) {
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "inSource");
      suppression.put("justification", LogText.escape(f.justification()));
    }
  }

  /** The project's rule settings, where they differ from a rule's default, as the run's configuration. */
  private static void overrides(ObjectNode run, List<RuleInfo> rules, Map<String, Integer> index, RuleSettings settings) {
    if (settings.isEmpty()) {
      return;
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    ArrayNode overrides = invocation.putArray("ruleConfigurationOverrides");
    for (RuleInfo r : rules) {
      Optional<Severity> level = settings.severity(r);
      if (level.isPresent() && level.get() == r.severity()) {
        continue;
      }
      ObjectNode o = overrides.addObject();
      ObjectNode descriptor = o.putObject("descriptor");
      descriptor.put("id", r.id());
      descriptor.put("index", index.get(r.id()));
      ObjectNode configuration = o.putObject("configuration");
      if (level.isEmpty()) {
        configuration.put("enabled", false);
      } else {
        configuration.put("level", level.get().label());
      }
    }
  }

  /** A file as results name it: relative to {@code PROJECTROOT} when inside the project, else an absolute URI. */
  private record Location(String uri, boolean inProject) {}

  private static Location location(Path file, Path basedir) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(basedir.toAbsolutePath().normalize())
        ? new Location(uriPath(Paths.relative(abs, basedir)), true)
        : new Location(abs.toUri().toString(), false);
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
