package io.github.ucpkit.ucp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.diag.RuleInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  @Test
  void agreesWithDockerCompose(@TempDir Path tmp) throws IOException {
    Set<String> stricter = StricterRules.than(RuleInfo.Tool.DOCKER_COMPOSE);
    List<Corpus.Entry> entries = new ArrayList<>(
        Corpus.entries(CORPUS, CORPUS.resolve("manifest.tsv"), "compose_exit", "first_error_line"));
    entries.addAll(Corpus.entries(
        CORPUS.resolve("synthetic"), CORPUS.resolve("synthetic/manifest.tsv"), "compose_exit", "first_error_line"));
    assertTrue(entries.size() > 100, "corpus not found at " + CORPUS.toAbsolutePath());

    Corpus.Tally tally = new Corpus.Tally("docker-compose", stricter);
    int n = 0;
    for (Corpus.Entry e : entries) {
      Path file = Corpus.copy(e, tmp.resolve(Integer.toString(n++)).resolve("a/b/c"));
      tally.add(e, Pipeline.validate(new Pipeline.Request(List.of(file), Set.of(), ENV)).diagnostics());
    }
    System.out.println("corpus agreement: " + tally.line());
    assertTrue(tally.disagreements().isEmpty(), () -> tally.disagreements().size() + " unexplained disagreements:\n"
        + String.join("\n", tally.disagreements()));
  }
}
