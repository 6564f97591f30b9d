package io.github.ucpkit.ucp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.load.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's rule tables, its copies of the sample's artifacts and the docs index are generated
 * from the registry, the rule doc pages and the golden files; this test fails when they drift. Regenerate with {@code ./mvnw -pl plugin test -Dtest=ReadmeTest -Ddocs.update=true}.
 */
class ReadmeTest {

  private static final Path README = Path.of("../README.md");
  private static final Path DOCS = Path.of("../docs/rules");
  private static final Path SAMPLE_ARTIFACTS = Path.of("src/test/resources/scenarios/sample-project/expected");
  private static final Pattern STRICTER = Pattern.compile("Stricter than docker-compose: yes[.,:]?\\s*(.*?)(\\n\\n|$)", Pattern.DOTALL);

  @Test
  void ruleTablesMatchTheRegistryAndDocPages() throws IOException {
    String text = Files.readString(README);
    String updated = replace(text, "rules", rulesTable());
    updated = replace(updated, "stricter", stricterTable());
    updated = replace(updated, "limits", limitsTable());
    for (String artifact : List.of("haproxy.cfg", "nginx.conf", "lb-stack.yml", "example.com.zone", "voting-app.yml")) {
      String golden = Files.readString(SAMPLE_ARTIFACTS.resolve(artifact));
      updated = replace(updated, "artifact:" + artifact, "```\n" + golden + "```\n");
    }
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(README, updated);
    }
    assertEquals(updated, text, "README rule tables are stale: rerun with -Ddocs.update=true");
  }

  @Test
  void docsIndexMatchesTheRegistry() throws IOException {
    Path index = DOCS.resolve("README.md");
    String text = Files.readString(index);
    StringBuilder table = new StringBuilder("| id | severity | title |\n|---|---|---|\n");
    for (RuleInfo r : Rules.catalog()) {
      table.append("| [").append(r.id()).append("](").append(r.id()).append(".md) | ")
          .append(r.severity().label()).append(" | ").append(r.title()).append(" |\n");
    }
    String updated = replace(text, "index", table.toString());
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(index, updated);
    }
    assertEquals(updated, text, "docs/rules/README.md index is stale: rerun with -Ddocs.update=true");
  }

  /** The limits as the reader enforces them, so the README cannot drift from the code. */
  static String limitsTable() {
    YamlLimits l = YamlLimits.DEFAULT;
    return "| limit | value | what happens |\n|---|---|---|\n"
        + "| file size | " + l.maxBytes() / (1024 * 1024) + " MiB | one `YAML-003` error for the file; it is not read |\n"
        + "| nesting depth | " + l.maxDepth() + " levels | one `YAML-003` error at the first node past the limit; reading stops |\n"
        + "| nodes after alias expansion | " + String.format("%,d", l.maxNodes())
        + " | one `YAML-003` error at the alias that crosses it (an alias bomb stops here, in milliseconds) |\n"
        + "| encoding | UTF-8, or UTF-16 with a byte order mark | invalid bytes, UTF-32 and NUL give one `YAML-005` error with the position |\n"
        + "| services, networks, labels per file | no count limit; bounded by the node limit | 10,000 services in one file validate in about a second on a cold JVM |\n";
  }

  static String rulesTable() throws IOException {
    StringBuilder sb = new StringBuilder("| id | severity | what it finds | stricter than docker-compose |\n|---|---|---|---|\n");
    for (RuleInfo r : Rules.catalog()) {
      sb.append("| [").append(r.id()).append("](docs/rules/").append(r.id()).append(".md) | ")
          .append(r.severity().label()).append(" | ").append(r.title()).append(" | ")
          .append(r.stricterThan().contains(RuleInfo.Tool.DOCKER_COMPOSE) ? "yes" : "").append(" |\n");
    }
    return sb.toString();
  }

  /** The rules the metadata declares stricter than docker-compose, each with its page's explanation. */
  static String stricterTable() throws IOException {
    StringBuilder sb = new StringBuilder("| rule | why, and what docker-compose does instead |\n|---|---|\n");
    for (RuleInfo r : Rules.catalog()) {
      if (r.stricterThan().contains(RuleInfo.Tool.DOCKER_COMPOSE)) {
        Matcher m = STRICTER.matcher(page(r.id()));
        assertTrue(m.find(), r.id() + " is stricter than docker-compose, but its page does not say why");
        sb.append("| [").append(r.id()).append("](docs/rules/").append(r.id()).append(".md) | ")
            .append(m.group(1).replaceAll("\\s+", " ").replace("|", "\\|").trim()).append(" |\n");
      }
    }
    return sb.toString();
  }

  /** A page says "Stricter than docker-compose: yes" exactly when the rule's metadata does. */
  @Test
  void docPagesAgreeWithTheStricterMetadata() throws IOException {
    for (RuleInfo r : Rules.catalog()) {
      boolean page = page(r.id()).contains("Stricter than docker-compose: yes");
      assertEquals(r.stricterThan().contains(RuleInfo.Tool.DOCKER_COMPOSE), page,
          r.id() + ": the metadata (RuleInfo.stricterThan) and the doc page disagree on whether it is stricter than docker-compose");
    }
  }

  private static String page(String id) throws IOException {
    Path p = DOCS.resolve(id + ".md");
    return Files.exists(p) ? Files.readString(p) : "";
  }

  private static String replace(String text, String marker, String body) {
    String begin = "<!-- " + marker + ":begin -->\n";
    String end = "<!-- " + marker + ":end -->";
    int b = text.indexOf(begin);
    int e = text.indexOf(end);
    if (b < 0 || e < b) {
      throw new AssertionError("README lacks the " + marker + " markers");
    }
    return text.substring(0, b + begin.length()) + body + text.substring(e);
  }
}
