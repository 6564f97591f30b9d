package io.github.ucpkit.ucp.cache;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.policy.Tally;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run found and wrote, with the facts it depended on. Stored as plain tab-separated lines so
 * that reading it back needs none of the libraries a full run loads.
 *
 * @param artifacts name to content hash of every artifact, when the run rendered them
 * @param reports name to content hash of the reports it wrote
 * @param diagnostics the findings the build showed, after the policy
 * @param tally what the policy kept from the build
 */
public record CacheEntry(
    String key,
    List<Fact> facts,
    int filesChecked,
    List<String> summaryFacts,
    List<Diagnostic> diagnostics,
    Optional<Map<String, String>> artifacts,
    Map<String, String> reports,
    Tally tally) {

  private static final String MAGIC = "ucp-cache\t2";

  public CacheEntry {
    facts = List.copyOf(facts);
    summaryFacts = List.copyOf(summaryFacts);
    diagnostics = List.copyOf(diagnostics);
  }

  String write() {
    StringBuilder sb = new StringBuilder(MAGIC).append('\n');
    line(sb, "key", key);
    facts.forEach(f -> line(sb, "fact", f.type().name(), f.subject(), f.answer()));
    line(sb, "checked", Integer.toString(filesChecked));
    summaryFacts.forEach(s -> line(sb, "summary", s));
    diagnostics.forEach(d -> diagnostic(sb, "diag", d));
    line(sb, "tally", Integer.toString(tally.suppressed()), Integer.toString(tally.known()), Integer.toString(tally.gone()),
        tally.baseline());
    tally.silencedErrors().forEach(d -> diagnostic(sb, "silenced", d));
    artifacts.ifPresent(a -> {
      line(sb, "rendered");
      a.forEach((name, hash) -> line(sb, "artifact", name, hash));
    });
    reports.forEach((name, hash) -> line(sb, "report", name, hash));
    return sb.toString();
  }

  /** The entry, or empty when the text is not one (another version, a damaged file). */
  static Optional<CacheEntry> read(String text) {
    String[] lines = text.split("\n");
    if (lines.length == 0 || !lines[0].equals(MAGIC)) {
      return Optional.empty();
    }
    try {
      String key = null;
      int checked = 0;
      List<Fact> facts = new ArrayList<>();
      List<String> summary = new ArrayList<>();
      List<Diagnostic> diagnostics = new ArrayList<>();
      List<Diagnostic> silenced = new ArrayList<>();
      String[] tally = null;
      Map<String, String> artifacts = null;
      Map<String, String> reports = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split("\t", -1);
        for (int j = 0; j < f.length; j++) {
          f[j] = unescape(f[j]);
        }
        switch (f[0]) {
          case "key" -> key = f[1];
          case "fact" -> facts.add(new Fact(Fact.Type.valueOf(f[1]), f[2], f[3]));
          case "checked" -> checked = Integer.parseInt(f[1]);
          case "summary" -> summary.add(f[1]);
          case "diag" -> diagnostics.add(diagnostic(f));
          case "tally" -> tally = f;
          case "silenced" -> silenced.add(diagnostic(f));
          case "rendered" -> artifacts = new LinkedHashMap<>();
          case "artifact" -> artifacts.put(f[1], f[2]);
          case "report" -> reports.put(f[1], f[2]);
          default -> {
            return Optional.empty();
          }
        }
      }
      if (key == null || tally == null) {
        return Optional.empty();
      }
      Tally t = new Tally(Integer.parseInt(tally[1]), Integer.parseInt(tally[2]), Integer.parseInt(tally[3]), tally[4], silenced);
      return Optional.of(new CacheEntry(key, facts, checked, summary, diagnostics, Optional.ofNullable(artifacts), reports, t));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void diagnostic(StringBuilder sb, String type, Diagnostic d) {
    line(sb, type, d.ruleId(), d.severity().name(), d.at().file().toString(), Integer.toString(d.at().line()),
        Integer.toString(d.at().column()), d.message(), d.hint());
  }

  private static Diagnostic diagnostic(String[] f) {
    return new Diagnostic(f[1], Severity.valueOf(f[2]),
        new Location(Path.of(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5])), f[6], f[7]);
  }

  private static void line(StringBuilder sb, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      sb.append(i == 0 ? "" : "\t").append(escape(fields[i]));
    }
    sb.append('\n');
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
