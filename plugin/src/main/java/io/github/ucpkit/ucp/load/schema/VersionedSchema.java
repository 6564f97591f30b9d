package io.github.ucpkit.ucp.load.schema;

import com.networknt.schema.Error;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One packaged schema for every minor version of a format, such as {@code docker stack deploy}'s
 * 3.0 to 3.13: a key or form added by a later minor carries {@code "x-since": "3.4"}, and keywords
 * that held only below some minor sit in {@code "x-before": {"3.2": {...}}}. The schema of minor
 * {@code m} is the document without what is newer than {@code m}, with the older keywords in place
 * (see {@link MinorView}); each is compiled once, when first needed.
 *
 * <p>A violation of the declared minor's schema that the newest minor does not have is reported
 * as needing a newer version, under its own rule id, and names the first minor that accepts it.
 */
public final class VersionedSchema {

  private final String name;
  private final JsonNode document;
  private final SchemaFindings findings;
  private final int major;
  private final int newest;
  private final SchemaCheck[] byMinor;

  /**
   * @param name the packaged schema, a file under {@code schemas/}
   * @param major the format's major version, for messages
   * @param newest the newest minor the document describes
   */
  public VersionedSchema(String name, SchemaFindings findings, int major, int newest) {
    this.name = name;
    this.document = SchemaCheck.readResource(name);
    this.findings = findings;
    this.major = major;
    this.newest = newest;
    this.byMinor = new SchemaCheck[newest + 1];
  }

  public SchemaFindings findings() {
    return findings;
  }

  /** The schema of one minor version, compiled on first use; safe to call from several threads. */
  public synchronized SchemaCheck forMinor(int minor) {
    if (byMinor[minor] == null) {
      JsonNode view = MinorView.of(document, major, minor);
      byMinor[minor] = new SchemaCheck(view, name.replace(".schema.json", "-" + major + "." + minor + ".schema.json"),
          document, findings);
    }
    return byMinor[minor];
  }

  /**
   * Every violation of the declared minor's schema; those that only a newer minor accepts are
   * reported under {@code newer}, with the minor that accepts them.
   */
  public List<Diagnostic> check(YNode root, int declared, RuleInfo newer) {
    JsonNode json = JsonTree.of(root);
    SchemaCheck own = forMinor(declared);
    List<Error> errors = own.errors(json);
    if (errors.isEmpty() || declared == newest) {
      return own.describe(root, errors);
    }
    Violations byMinor = new Violations(json);
    List<Error> plain = new ArrayList<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Error e : errors) {
      if (byMinor.of(newest).contains(key(e))) {
        plain.add(e);
      } else {
        newerReport(root, byMinor, e, declared, newer).ifPresent(out::add);
      }
    }
    out.addAll(0, own.describe(root, plain));
    return out;
  }

  /** Only what the declared minor's schema rejects and a newer minor accepts, reported under {@code rule}. */
  public List<Diagnostic> newerThan(YNode root, int declared, RuleInfo rule) {
    if (declared == newest) {
      return List.of();
    }
    JsonNode json = JsonTree.of(root);
    List<Error> errors = forMinor(declared).errors(json);
    if (errors.isEmpty()) {
      return List.of();
    }
    Violations byMinor = new Violations(json);
    List<Diagnostic> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Error e : errors) {
      if (!byMinor.of(newest).contains(key(e))) {
        newerReport(root, byMinor, e, declared, rule).filter(d -> seen.add(d.at() + d.message())).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The violations of one document under each minor's schema, each minor validated at most once. */
  private final class Violations {
    private final JsonNode json;
    private final java.util.Map<Integer, Set<String>> byMinor = new java.util.HashMap<>();

    Violations(JsonNode json) {
      this.json = json;
    }

    Set<String> of(int minor) {
      return byMinor.computeIfAbsent(minor, m -> keys(forMinor(m).errors(json)));
    }
  }

  private Optional<Diagnostic> newerReport(YNode root, Violations byMinor, Error e, int declared, RuleInfo rule) {
    int needed = declared + 1;
    while (needed < newest && byMinor.of(needed).contains(key(e))) {
      needed++;
    }
    String wanted = major + "." + needed;
    String have = major + "." + declared;
    Optional<SchemaCheck.Target> target = SchemaCheck.resolve(root, e.getInstanceLocation());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    String path = SchemaMessages.display(e.getInstanceLocation());
    boolean key = e.getKeyword().equals("additionalProperties") || e.getKeyword().equals("unevaluatedProperties");
    if (key && e.getProperty() != null) {
      Location at = target.get().node() instanceof YMap map
          ? map.entry(e.getProperty()).map(x -> x.key().at()).orElse(target.get().node().at())
          : target.get().node().at();
      String where = path.isEmpty() ? " at the top level" : " in " + path;
      return Optional.of(rule.at(at,
          "\"" + e.getProperty() + "\"" + where + " needs file format " + wanted + "; this file declares " + have,
          "raise version to \"" + wanted + "\" or remove the key"));
    }
    Diagnostic plain = forMinor(declared).describe(root, e).orElseThrow();
    return Optional.of(rule.at(plain.at(),
        plain.message() + " in file format " + have + "; format " + wanted + " and later accept it",
        "raise version to \"" + wanted + "\" or write it the way " + have + " allows"));
  }

  private static Set<String> keys(List<Error> errors) {
    Set<String> out = new HashSet<>();
    errors.forEach(e -> out.add(key(e)));
    return out;
  }

  /** What identifies a violation across the minors' schemas: the node, the keyword and the key it names. */
  private static String key(Error e) {
    return e.getInstanceLocation() + " " + e.getKeyword() + " " + e.getProperty();
  }
}
