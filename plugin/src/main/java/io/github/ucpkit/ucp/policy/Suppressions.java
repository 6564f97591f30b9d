package io.github.ucpkit.ucp.policy;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code # ucp-ignore RULE-ID[,RULE-ID]: reason} comments of one file. A comment after content
 * silences its own line; a comment alone on its line silences the next line that is not a comment
 * (so several such comments can stand above one line). The reason is required: it is what a reviewer
 * reads, and it goes into the SARIF report as the suppression's justification.
 */
final class Suppressions {

  static final String MARKER = "ucp-ignore";

  /** One comment: where it is, the line it silences, the ids it names and why. */
  record Comment(Location at, int target, List<String> ids, String reason) {}

  private final Map<Integer, List<Comment>> byTarget = new HashMap<>();
  private final Map<Comment, Set<String>> used = new HashMap<>();
  private final List<Comment> comments = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  private Suppressions() {}

  /**
   * @param known every rule id, to refuse a comment that names none (it would silence nothing, forever)
   */
  static Suppressions of(Path file, SourceText text, Set<String> known) {
    Suppressions s = new Suppressions();
    for (int line = 1; line <= text.lines(); line++) {
      String comment = text.comment(line);
      if (comment.isEmpty()) {
        continue;
      }
      int body = skipSpaces(comment, 1);
      if (!comment.startsWith(MARKER, body)) {
        continue;
      }
      int after = body + MARKER.length();
      if (after < comment.length() && comment.charAt(after) != ' ' && comment.charAt(after) != '\t'
          && comment.charAt(after) != ':') {
        continue; // another word that starts the same way
      }
      Location at = new Location(file, line, text.commentColumn(line));
      int target = line;
      if (text.commentOnly(line)) {
        target = line + 1;
        while (target <= text.lines() && text.commentOnly(target)) {
          target++;
        }
      }
      s.parse(at, target, comment.substring(after), known);
    }
    return s;
  }

  /** The comment that silences {@code ruleId} on {@code line}, now counted as used, if there is one. */
  java.util.Optional<Comment> silence(String ruleId, int line) {
    for (Comment c : byTarget.getOrDefault(line, List.of())) {
      if (c.ids().contains(ruleId)) {
        used.get(c).add(ruleId);
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }

  /** Malformed comments, as {@code IGNORE-001} findings. */
  List<Diagnostic> problems() {
    return problems;
  }

  /** Each well-formed comment with the ids it named that silenced nothing, in file order. */
  Map<Comment, List<String>> unused() {
    Map<Comment, List<String>> out = new java.util.LinkedHashMap<>();
    for (Comment c : comments) {
      List<String> idle = c.ids().stream().filter(id -> !used.get(c).contains(id)).toList();
      if (!idle.isEmpty()) {
        out.put(c, idle);
      }
    }
    return out;
  }

  private void parse(Location at, int target, String rest, Set<String> known) {
    int colon = rest.indexOf(':');
    String names = colon < 0 ? rest : rest.substring(0, colon);
    // a set: a repeated id adds nothing, and the ids that can stand here are at most the catalog
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    for (String part : names.split(",")) {
      String id = part.strip();
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    if (ids.isEmpty()) {
      problem(at, "this ucp-ignore comment names no rule", "write # ucp-ignore RULE-ID: why it does not apply here");
      return;
    }
    for (String id : ids) {
      if (!known.contains(id)) {
        problem(at, "ucp-ignore names \"" + id + "\", which is no rule id" + DidYouMean.hint(id, known),
            id.contains("*") ? "name each rule by its id; groups can be set in the rules parameter"
                : "use an id from the findings, as in # ucp-ignore COMPOSE-IMG-001: reason");
        return;
      }
    }
    String reason = colon < 0 ? "" : rest.substring(colon + 1).strip();
    if (reason.isEmpty()) {
      problem(at, "this ucp-ignore comment gives no reason",
          "say why after a colon: # ucp-ignore " + String.join(",", ids) + ": why it does not apply here");
      return;
    }
    Comment c = new Comment(at, target, List.copyOf(ids), reason);
    comments.add(c);
    used.put(c, new java.util.HashSet<>());
    byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(c);
  }

  private void problem(Location at, String message, String hint) {
    problems.add(PolicyFindings.MALFORMED.at(at, message, hint));
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
