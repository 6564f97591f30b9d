package io.github.ucpkit.ucp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.hostile.MemoryBoundTest;
import io.github.ucpkit.ucp.load.env.EnvLimits;
import io.github.ucpkit.ucp.load.yaml.YamlLimits;
import io.github.ucpkit.ucp.model.yaml.PyFloat;
import io.github.ucpkit.ucp.model.yaml.Yaml11;
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
  private static final Pattern STRICTER_STACK =
      Pattern.compile("Stricter than docker stack deploy: yes[.,:]?\\s*(.*?)(\\n\\n|$)", Pattern.DOTALL);

  @Test
  void ruleTablesMatchTheRegistryAndDocPages() throws IOException {
    String text = Files.readString(README);
    String updated = replace(text, "rules", rulesTable());
    updated = replace(updated, "stricter", stricterTable(STRICTER, "docker-compose"));
    updated = replace(updated, "stricter-stack", stricterTable(STRICTER_STACK, "docker stack deploy"));
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

  /** The limits as the loaders enforce them, so the README cannot drift from the code. */
  static String limitsTable() {
    YamlLimits l = YamlLimits.DEFAULT;
    EnvLimits e = EnvLimits.DEFAULT;
    return "| limit | value | what happens |\n|---|---|---|\n"
        + "| file size (Compose files, topology spec, extended files) | " + mib(l.maxBytes())
        + " | one `YAML-003` error for the file; it is not read |\n"
        + "| nesting depth | " + l.maxDepth() + " levels | one `YAML-003` error at the first node past the limit; reading stops |\n"
        + "| nodes after alias expansion | " + String.format("%,d", l.maxNodes())
        + " | one `YAML-003` error at the alias that crosses it (an alias bomb stops here, in milliseconds) |\n"
        + "| characters of keys and values after alias expansion | " + String.format("%,d", l.maxChars())
        + " (" + mib(l.maxChars()) + ") | one `YAML-003` error at the alias that crosses it; without aliases no file within the size limit reaches it |\n"
        + "| integer size | " + String.format("%,d", Yaml11.MAX_INT_DIGITS) + " decimal digits | `YAML-006` for an unquoted integer, where"
        + " docker-compose's Python fails too; `COMPOSE-CONV-001` for a quoted value a setting converts to one |\n"
        + "| base-60 float | " + PyFloat.MAX_BASE60_PARTS + " parts | `YAML-006`; PyYAML fails from " + (PyFloat.MAX_BASE60_PARTS + 1)
        + " parts on |\n"
        + "| float size | a 64-bit float, as in Python | no error: `1.0e+999999999` is `inf`, in a label as in docker-compose;"
        + " `cpus: inf` is `COMPOSE-CPU-001` |\n"
        + "| `.env` size | " + mib(e.maxDotEnvBytes()) + " | one `COMPOSE-INTERP-006` error; the `.env` is not read |\n"
        + "| `.env` values after `${NAME}` expansion | " + String.format("%,d", e.maxDotEnvChars()) + " characters ("
        + mib(e.maxDotEnvChars()) + ") | one `COMPOSE-INTERP-006` error at the line that crosses it; the `.env` is not used |\n"
        + "| text produced by substitution, per Compose file | " + String.format("%,d", e.maxSubstitutedChars()) + " characters ("
        + mib(e.maxSubstitutedChars()) + ") | one `COMPOSE-INTERP-007` error at the value that crosses it; substitution stops |\n"
        + "| encoding | UTF-8, or UTF-16 with a byte order mark | invalid bytes, UTF-32 and NUL give one `YAML-005` error with the position |\n"
        + "| services, networks, labels per file | no count limit; bounded by the node limit | 10,000 services in one file validate in about a second on a cold JVM |\n"
        + "| memory | " + MemoryBoundTest.HEAP_MIB + " MiB of heap per file being read | within the limits above, the largest"
        + " file of each kind validates and generates in a " + MemoryBoundTest.HEAP_MIB + " MiB heap (tested); files are read"
        + " one per core at a time, and `validate` then keeps only each file's model, `generate` and `check` its document too |\n";
  }

  private static String mib(long bytes) {
    return bytes / (1024 * 1024) + " MiB";
  }

  static String rulesTable() throws IOException {
    StringBuilder sb = new StringBuilder(
        "| id | severity | what it finds | stricter than docker-compose | stricter than docker stack deploy |\n|---|---|---|---|---|\n");
    for (RuleInfo r : Rules.catalog()) {
      String page = page(r.id());
      sb.append("| [").append(r.id()).append("](docs/rules/").append(r.id()).append(".md) | ")
          .append(r.severity().label()).append(" | ").append(r.title()).append(" | ")
          .append(page.contains("Stricter than docker-compose: yes") ? "yes" : "").append(" | ")
          .append(page.contains("Stricter than docker stack deploy: yes") ? "yes" : "").append(" |\n");
    }
    return sb.toString();
  }

  static String stricterTable(Pattern marker, String tool) throws IOException {
    StringBuilder sb = new StringBuilder("| rule | why, and what " + tool + " does instead |\n|---|---|\n");
    for (RuleInfo r : Rules.catalog()) {
      Matcher m = marker.matcher(page(r.id()));
      if (m.find()) {
        sb.append("| [").append(r.id()).append("](docs/rules/").append(r.id()).append(".md) | ")
            .append(m.group(1).replaceAll("\\s+", " ").replace("|", "\\|").trim()).append(" |\n");
      }
    }
    return sb.toString();
  }

  private static String page(String id) throws IOException {
    Path p = DOCS.resolve(id + ".md");
    return Files.exists(p) ? Files.readString(p) : "";
  }

  static String replace(String text, String marker, String body) {
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
