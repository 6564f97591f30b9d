package io.github.ucpkit.ucp.policy;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Disk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings a project has accepted for now ({@code ucp-baseline.json}, written by
 * {@code ucp:baseline}, committed). A later run reports only findings it does not list. Entries are
 * matched by fingerprint alone (see {@link Fingerprints}); rule, file, path and message are there for
 * the person reviewing the file. Two findings with the same fingerprint are two entries: the baseline
 * knows there are two, and a third is new.
 */
public record Baseline(List<Entry> entries) {

  /** A baseline file larger than this is refused: thousands of findings fit in a fraction of it. */
  static final long MAX_BYTES = 16L * 1024 * 1024;
  static final int VERSION = 1;
  private static final String REWRITE = "write it again with mvn ucp:baseline";
  private static final String NOTE = "Findings known when this file was written, by mvn ucp:baseline."
      + " A build fails only on findings not listed here. Write it again after fixing some.";

  /** One known finding. */
  public record Entry(String rule, String file, String path, String fingerprint, String message) {}

  public Baseline {
    entries = List.copyOf(entries);
  }

  /**
   * The new errors and warnings of a review, as entries; files relative to {@code basedir}. Notes are
   * left out: they never fail a build, and a note stays in sight until it is dealt with.
   */
  public static Baseline of(Reviewed reviewed, Path basedir) {
    List<Entry> entries = new ArrayList<>();
    for (Reviewed.Finding f : reviewed.findings()) {
      if (f.state() == Reviewed.State.NEW && f.diagnostic().severity() != Severity.NOTE) {
        Diagnostic d = f.diagnostic();
        entries.add(new Entry(d.ruleId(), Fingerprints.relative(d.at().file(), basedir), f.path(), f.fingerprint(),
            d.message()));
      }
    }
    return new Baseline(entries);
  }

  /** How many entries of {@code previous} this baseline no longer has: findings fixed in between. */
  public int fixedSince(Baseline previous) {
    Map<String, Integer> now = counts();
    int fixed = 0;
    for (Map.Entry<String, Integer> e : previous.counts().entrySet()) {
      fixed += Math.max(0, e.getValue() - now.getOrDefault(e.getKey(), 0));
    }
    return fixed;
  }

  /** How many entries each fingerprint has. */
  Map<String, Integer> counts() {
    Map<String, Integer> out = new HashMap<>();
    entries.forEach(e -> out.merge(e.fingerprint(), 1, Integer::sum));
    return out;
  }

  /**
   * @param shown the file's name as messages give it
   * @throws PolicyException when the file cannot be read or is not a baseline
   */
  static Baseline read(Path file, String shown, Disk disk) {
    byte[] bytes;
    try {
      bytes = disk.readAtMost(file, MAX_BYTES).orElseThrow(() ->
          new PolicyException(shown + " is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; a baseline is far smaller"));
    } catch (IOException e) {
      throw new PolicyException(shown + " cannot be read: " + e.getClass().getSimpleName());
    }
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new PolicyException(shown + where + " is not JSON (" + e.getOriginalMessage() + "); " + REWRITE);
    }
    if (root == null || !root.isObject() || !root.path("version").isInt() || root.path("version").intValue() != VERSION
        || !root.path("findings").isArray()) {
      throw new PolicyException(shown + " is not a version " + VERSION + " baseline (an object with \"version\": "
          + VERSION + " and \"findings\": [...]); " + REWRITE);
    }
    List<Entry> entries = new ArrayList<>();
    int n = 0;
    for (JsonNode f : root.path("findings").values()) {
      n++;
      String fingerprint = text(f, "fingerprint");
      if (!f.isObject() || fingerprint.length() != Fingerprints.LENGTH || !hex(fingerprint)) {
        throw new PolicyException(shown + ": finding " + n + " has no valid \"fingerprint\"; " + REWRITE);
      }
      entries.add(new Entry(text(f, "rule"), text(f, "file"), text(f, "path"), fingerprint, text(f, "message")));
    }
    return new Baseline(entries);
  }

  /** The file's text: sorted, {@code \n} line ends, no timestamp, so the same findings give the same bytes. */
  public String write() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("comment", NOTE);
    root.put("version", VERSION);
    ArrayNode findings = root.putArray("findings");
    entries.stream()
        .sorted(Comparator.comparing(Entry::file).thenComparing(Entry::rule).thenComparing(Entry::path)
            .thenComparing(Entry::fingerprint).thenComparing(Entry::message))
        .forEach(e -> {
          ObjectNode o = findings.addObject();
          o.put("rule", e.rule());
          o.put("file", e.file());
          o.put("path", e.path());
          o.put("fingerprint", e.fingerprint());
          o.put("message", e.message());
        });
    return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root)
        .replace("\r\n", "\n") + "\n";
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isString() ? v.stringValue() : "";
  }

  private static boolean hex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
