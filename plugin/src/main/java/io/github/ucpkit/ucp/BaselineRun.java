package io.github.ucpkit.ucp;

import io.github.ucpkit.ucp.check.Rules;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.policy.Baseline;
import io.github.ucpkit.ucp.policy.Policy;
import io.github.ucpkit.ucp.policy.Review;
import io.github.ucpkit.ucp.policy.Reviewed;
import io.github.ucpkit.ucp.write.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code ucp:baseline} run: today's findings recorded as the known ones. */
public final class BaselineRun {

  private BaselineRun() {}

  /**
   * What {@code ucp:baseline} did: the findings it recorded, and how the file compares with the one it
   * replaced.
   *
   * @param before entries of the file it replaced (0 when there was none or it was not a baseline)
   * @param fixed entries of that file no finding matches any more
   */
  public record Recorded(Runner.Outcome outcome, Path file, int findings, int before, int fixed, boolean changed) {}

  /**
   * Records every finding the build would show without a baseline (rule settings and comments
   * apply) in the policy's baseline file. Reads inputs like {@code validate}, without the cache, and
   * writes only that file.
   */
  public static Recorded record(Pipeline.Request request, Runner.Settings s) throws IOException {
    Path file = s.policy().baseline().orElseThrow(() -> new IllegalArgumentException("no baseline file given"));
    Runner.refuseOverlaps(request, s);
    Map<String, Path> writes = new LinkedHashMap<>(Map.of("outputDirectory", s.outputDirectory(),
        "reportDirectory", s.reportDirectory()));
    s.cacheDirectory().ifPresent(c -> writes.put("the cache directory", c));
    for (Map.Entry<String, Path> w : writes.entrySet()) {
      if (file.toAbsolutePath().normalize().startsWith(w.getValue().toAbsolutePath().normalize())) {
        throw new IOException("baseline " + file + " cannot be written inside " + w.getKey() + " " + w.getValue());
      }
    }
    Pipeline.Validated v = Pipeline.validate(request, Disk.real(),
        name -> Optional.ofNullable(request.environment().get(name)), Pipeline.Keep.MODEL);
    Policy without = new Policy(s.policy().rules(), Optional.empty(), false);
    Reviewed reviewed = new Review(without, Rules.catalog(), Disk.real(), s.basedir()).apply(v.diagnostics(), Runner.sources(v),
        Optional.empty());
    Optional<Baseline> previous = new Review(new Policy(s.policy().rules(), Optional.of(file), false), Rules.catalog(),
        Disk.real(), s.basedir()).previous();
    Baseline now = Baseline.of(reviewed, s.basedir());
    String text = now.write();
    Path dir = SafeFiles.refuseLinks(s.basedir(), file.toAbsolutePath().normalize().getParent());
    boolean changed = !Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text);
    if (changed) {
      SafeFiles.write(dir, file.getFileName().toString(), text);
    }
    Runner.Outcome outcome = new Runner.Outcome(reviewed.reported(), v.filesChecked(), v.facts(), false, Optional.empty(), List.of(),
        reviewed.tally());
    int before = previous.map(p -> p.entries().size()).orElse(0);
    return new Recorded(outcome, file, now.entries().size(), before, previous.map(now::fixedSince).orElse(0), changed);
  }
}
