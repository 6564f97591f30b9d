package io.github.ucpkit.ucp;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every corpus file docker-compose 1.29.2 rejects, we reject with an error; every file it accepts,
 * we accept, unless a rule documented as stricter than docker-compose fires (its doc page says
 * "Stricter than docker-compose: yes", and the README lists it with the reason). Each entry is
 * checked in a fresh copy three directories deep, exactly as its verdict was produced, with the
 * environment docker-compose had ({@code PATH} only).
 */
class CorpusAgreementTest {

  private static final Path CORPUS = Path.of(System.getProperty("ucp.corpus", "../corpus"));
  private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin");

  record Entry(Path source, String relpath, boolean dir, boolean rejected, String error) {}

  @Test
  void agreesWithDockerCompose(@TempDir Path tmp) throws IOException {
    Set<String> stricter = StricterRules.than(io.github.ucpkit.ucp.diag.RuleInfo.Tool.DOCKER_COMPOSE);
    List<Entry> entries = new ArrayList<>(entries(CORPUS, CORPUS.resolve("manifest.tsv")));
    entries.addAll(entries(CORPUS.resolve("synthetic"), CORPUS.resolve("synthetic/manifest.tsv")));
    assertTrue(entries.size() > 100, "corpus not found at " + CORPUS.toAbsolutePath());

    int bothReject = 0;
    int bothAccept = 0;
    Map<String, Integer> stricterCounts = new TreeMap<>();
    List<String> disagreements = new ArrayList<>();
    int n = 0;
    for (Entry e : entries) {
      Path file = copy(e, tmp.resolve(Integer.toString(n++)).resolve("a/b/c"));
      Pipeline.Validated result = Pipeline.validate(new Pipeline.Request(List.of(file), Set.of(), ENV));
      Set<String> errorIds = result.diagnostics().stream()
          .filter(Diagnostic::isError)
          .map(Diagnostic::ruleId)
          .collect(Collectors.toCollection(TreeSet::new));
      if (e.rejected() && !errorIds.isEmpty()) {
        bothReject++;
      } else if (!e.rejected() && errorIds.isEmpty()) {
        bothAccept++;
      } else if (!e.rejected() && stricter.containsAll(errorIds)) {
        errorIds.forEach(id -> stricterCounts.merge(id, 1, Integer::sum));
      } else if (e.rejected()) {
        disagreements.add("ACCEPTED but docker-compose rejects: " + e.relpath() + "\n    docker-compose: " + e.error());
      } else {
        disagreements.add("REJECTED but docker-compose accepts: " + e.relpath() + "\n    ours: "
            + result.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.at().line() + ":" + d.at().column() + " " + d.ruleId() + " " + d.message())
                .collect(Collectors.joining("\n          ")));
      }
    }
    int stricterFiles = entries.size() - bothAccept - bothReject - disagreements.size();
    System.out.printf(
        "corpus agreement: %d files: %d agree (%d rejected by both, %d accepted by both), %d stricter-by-rule %s, %d disagree%n",
        entries.size(), bothReject + bothAccept, bothReject, bothAccept, stricterFiles, stricterCounts,
        disagreements.size());
    assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " unexplained disagreements:\n" + String.join("\n", disagreements));
  }

  private static List<Entry> entries(Path base, Path manifest) throws IOException {
    List<String> lines = Files.readAllLines(manifest);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int relpath = header.indexOf("relpath");
    int exit = header.indexOf("compose_exit");
    int error = header.indexOf("first_error_line");
    int kind = header.indexOf("entry_kind");
    List<Entry> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      boolean dir = kind >= 0 && f[kind].equals("dir");
      out.add(new Entry(base.resolve(f[relpath]), f[relpath], dir, f[exit].equals("1"), f[error]));
    }
    return out;
  }

  /** Copies the entry (the file, or its whole directory) and returns the copied Compose file. */
  private static Path copy(Entry e, Path target) throws IOException {
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
}
