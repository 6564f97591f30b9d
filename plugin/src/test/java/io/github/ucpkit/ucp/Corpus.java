package io.github.ucpkit.ucp;

import io.github.ucpkit.ucp.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A corpus of Compose files with reference verdicts, as the agreement tests read it. */
final class Corpus {

  /**
   * One entry with one oracle's verdict.
   *
   * @param dir whether the entry is the whole directory of the file (siblings such as {@code .env})
   */
  record Entry(Path source, String relpath, boolean dir, boolean rejected, String error) {}

  private Corpus() {}

  /** The entries of a manifest, with the verdict from the {@code exit} and {@code error} columns. */
  static List<Entry> entries(Path base, Path manifest, String exitColumn, String errorColumn) throws IOException {
    List<String> lines = Files.readAllLines(manifest);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int relpath = header.indexOf("relpath");
    int exit = header.indexOf(exitColumn);
    int error = header.indexOf(errorColumn);
    int kind = header.indexOf("entry_kind");
    List<Entry> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      boolean dir = kind >= 0 && f[kind].equals("dir");
      out.add(new Entry(base.resolve(f[relpath]), f[relpath], dir, !f[exit].equals("0"), f[error]));
    }
    return out;
  }

  /** Copies the entry (the file, or its whole directory) and returns the copied Compose file. */
  static Path copy(Entry e, Path target) throws IOException {
    Files.createDirectories(target);
    if (!e.dir()) {
      return Files.copy(e.source(), target.resolve(e.source().getFileName()));
    }
    Path from = e.source().getParent();
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path to = target.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target.resolve(e.source().getFileName());
  }

  /**
   * Our verdicts against one oracle's: both reject, both accept, we reject by rules documented as
   * stricter than that oracle, or an unexplained disagreement.
   */
  static final class Tally {
    private final String oracle;
    private final Set<String> stricter;
    private int files;
    private int bothReject;
    private int bothAccept;
    private int stricterFiles;
    private final Map<String, Integer> stricterCounts = new TreeMap<>();
    private final List<String> disagreements = new ArrayList<>();

    Tally(String oracle, Set<String> stricter) {
      this.oracle = oracle;
      this.stricter = stricter;
    }

    void add(Entry e, List<Diagnostic> diagnostics) {
      files++;
      Set<String> errorIds = diagnostics.stream()
          .filter(Diagnostic::isError)
          .map(Diagnostic::ruleId)
          .collect(Collectors.toCollection(TreeSet::new));
      if (e.rejected() && !errorIds.isEmpty()) {
        bothReject++;
      } else if (!e.rejected() && errorIds.isEmpty()) {
        bothAccept++;
      } else if (!e.rejected() && stricter.containsAll(errorIds)) {
        stricterFiles++;
        errorIds.forEach(id -> stricterCounts.merge(id, 1, Integer::sum));
      } else if (e.rejected()) {
        disagreements.add("ACCEPTED but " + oracle + " rejects: " + e.relpath() + "\n    " + oracle + ": " + e.error());
      } else {
        disagreements.add("REJECTED but " + oracle + " accepts: " + e.relpath() + "\n    ours: "
            + diagnostics.stream().filter(Diagnostic::isError)
                .map(d -> d.at().line() + ":" + d.at().column() + " " + d.ruleId() + " " + d.message())
                .collect(Collectors.joining("\n          ")));
      }
    }

    int files() {
      return files;
    }

    List<String> disagreements() {
      return disagreements;
    }

    /** {@code N files: A agree (R rejected by both, C accepted by both), S stricter-by-rule {...}, D disagree}. */
    String line() {
      return String.format(
          "%d files: %d agree (%d rejected by both, %d accepted by both), %d stricter-by-rule %s, %d disagree",
          files, bothReject + bothAccept, bothReject, bothAccept, stricterFiles, stricterCounts, disagreements.size());
    }
  }
}
