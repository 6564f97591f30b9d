package io.github.ucpkit.ucp.check;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fixture directory: a small project (Compose files, optionally {@code topology.yml} and a
 * {@code .env}) whose files say what they expect with {@code # expect: RULE-ID[, RULE-ID]} on the
 * line above the finding (or at the end of the finding's own line, which is how line 1 is marked),
 * or {@code # expect-file: RULE-ID} for a finding about a whole file. A marker with one id may end
 * in {@code hint: TEXT}: the finding's hint must then start with TEXT (how a fixture shows a
 * suggestion such as {@code did you mean "backend"?}).
 */
record Fixture(Path dir) {

  /** An expected or actual finding, reduced to what a fixture can state. */
  record Mark(String file, int line, String ruleId) implements Comparable<Mark> {
    @Override
    public int compareTo(Mark o) {
      return (file + ":" + String.format("%06d", line) + ruleId).compareTo(o.file + ":" + String.format("%06d", o.line) + o.ruleId);
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + ruleId;
    }
  }

  static final Path ROOT = Path.of("src/test/resources/rules");
  private static final Pattern EXPECT =
      Pattern.compile("#\\s*expect(-file)?:\\s*([A-Z0-9, -]+?)(?:\\s+hint:\\s*(.+?))?\\s*$");

  Set<Mark> expected() {
    return parse(new TreeMap<>()).keySet();
  }

  /** The marks that name a hint, with the text the finding's hint must contain. */
  Map<Mark, String> expectedHints() {
    Map<Mark, String> hints = new TreeMap<>();
    parse(new TreeMap<>()).forEach((mark, hint) -> hint.ifPresent(h -> hints.put(mark, h)));
    return hints;
  }

  private Map<Mark, Optional<String>> parse(Map<Mark, Optional<String>> marks) {
    for (Path file : files()) {
      List<String> lines = lines(file);
      Map<String, Optional<String>> pending = new TreeMap<>();
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = EXPECT.matcher(lines.get(i).trim());
        boolean found = m.find();
        Optional<String> hint = found ? Optional.ofNullable(m.group(3)) : Optional.empty();
        if (found && hint.isPresent() && m.group(2).contains(",")) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": a marker with a hint names one rule id");
        }
        if (found && lines.get(i).trim().startsWith("#")) {
          for (String id : m.group(2).split(",")) {
            if (m.group(1) != null) {
              marks.put(new Mark("*", 0, id.trim()), hint);
            } else {
              pending.put(id.trim(), hint);
            }
          }
          continue;
        }
        if (found && m.group(1) == null) {
          // A marker after the content marks its own line: the only way to mark line 1.
          for (String id : m.group(2).split(",")) {
            pending.put(id.trim(), hint);
          }
        }
        for (Map.Entry<String, Optional<String>> id : pending.entrySet()) {
          marks.put(new Mark(file.getFileName().toString(), i + 1, id.getKey()), id.getValue());
        }
        pending.clear();
      }
    }
    return marks;
  }

  Pipeline.Validated run() {
    List<Path> inputs = new ArrayList<>(List.of(dir));
    Path extra = dir.resolve("compose.inputs");
    if (Files.exists(extra)) {
      inputs = lines(extra).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(dir::resolve).toList();
    }
    Path topology = dir.resolve("topology.yml");
    return Pipeline.validate(new Pipeline.Request(inputs, Optional.of(topology), Set.of(topology), Map.of()));
  }

  static Mark mark(Diagnostic d) {
    if (d.at().line() == 0) {
      return new Mark("*", 0, d.ruleId());
    }
    return new Mark(d.at().file().getFileName().toString(), d.at().line(), d.ruleId());
  }

  private List<Path> files() {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return List.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\r?\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
