package io.github.ucpkit.ucp.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.e2e.support.ComposeBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fuzzer over the loaders and the whole pipeline. It starts from every rule fixture and scenario,
 * mutates them structurally ({@link Mutator}: YAML events, .env lines, a little raw text), and
 * checks {@link Invariants} on each mutant. Feedback: a mutant that gives a new signature (accepted
 * or not, and which rules fired) joins the corpus, so later mutants start from it, and half of the
 * mutants start from an accepted input; the signature stands in for coverage, which would need an
 * agent on the test JVM. Accepted mutants with a new signature go through the real programs.
 *
 * <p>Deterministic: {@code -Ducp.fuzz.seed} (default below) and {@code -Ducp.fuzz.runs} (300 per
 * build; {@code -Pthorough}: 5,000) fix the inputs; {@code -Ducp.fuzz.seconds} caps the wall time.
 * A violation is written to {@code target/fuzz-findings/}; keep it as a regression fixture under
 * {@code src/test/resources/fuzz/}, which {@link FuzzRegressionTest} replays every build.
 */
class FuzzTest {

  static final long SEED = 20261203L;

  @Test
  void mutantsGetDiagnosticsOnlyAndWhatIsAcceptedDeploys(@TempDir Path work) throws Exception {
    int runs = Integer.getInteger("ucp.fuzz.runs", 300);
    long deadline = System.nanoTime() + Long.getLong("ucp.fuzz.seconds", 45) * 1_000_000_000L;
    Random random = new Random(Long.getLong("ucp.fuzz.seed", SEED));
    List<FuzzInput> corpus = new ArrayList<>(FuzzInput.seeds());
    corpus.addAll(FuzzInput.regressions());
    Mutator mutator = new Mutator(random, corpus.stream().map(FuzzInput::compose).toList());
    Set<Set<String>> seen = new HashSet<>();
    // mutants of accepted inputs reach rendering and the real programs far more often
    List<FuzzInput> accepted = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    TreeMap<String, Integer> tally = new TreeMap<>();
    int done = 0;
    try (Invariants invariants = new Invariants(); ComposeBatch compose = new ComposeBatch(work)) {
      for (; done < runs && System.nanoTime() < deadline; done++) {
        List<FuzzInput> pool = !accepted.isEmpty() && random.nextBoolean() ? accepted : corpus;
        FuzzInput input = pool.get(random.nextInt(pool.size()));
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
          input = mutator.mutate(input);
        }
        Path dir = Files.createDirectory(work.resolve("i" + done));
        Invariants.Outcome o = invariants.run(input, dir);
        Optional<String> violation = o.violation();
        boolean novel = violation.isEmpty() && seen.add(o.signature());
        if (novel) {
          corpus.add(input);
        }
        if (o.accepted() && accepted.size() < 1_000) {
          accepted.add(input);
        }
        if (violation.isEmpty() && o.accepted() && novel) {
          violation = Invariants.realTools(o, dir, compose);
          tally.merge("accepted, real programs run", 1, Integer::sum);
        }
        tally.merge(violation.isPresent() ? "violations" : o.accepted() ? "accepted" : "rejected", 1, Integer::sum);
        if (violation.isPresent()) {
          Path kept = Path.of("target/fuzz-findings").resolve("finding-" + done);
          input.keep(kept);
          violations.add(kept + ":\n" + violation.get());
        }
      }
    }
    System.out.println("fuzz: " + done + " inputs, " + seen.size() + " signatures, corpus " + corpus.size() + ", " + tally);
    assertTrue(violations.isEmpty(), () -> violations.size() + " violations:\n" + String.join("\n\n", violations));
    assertTrue(tally.getOrDefault("accepted", 0) > 0 && tally.getOrDefault("rejected", 0) > 0,
        () -> "the fuzzer must see both outcomes to prove anything: " + tally);
  }
}
