package io.github.ucpkit.ucp.policy;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Disk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The policy stage, between the checks and the reports, applied once per run: rule settings
 * (severity or off), then {@code # ucp-ignore} comments, then the baseline. Everything it reads goes
 * through the run's {@link Disk}, so the run cache sees the baseline file (or its absence) and the
 * files the comments are in.
 */
public final class Review {

  /** Files larger than the YAML reader accepts are not scanned (the reader refused them already). */
  private static final long MAX_SCANNED = 8L * 1024 * 1024;

  private final Policy policy;
  private final Map<String, RuleInfo> catalog = new LinkedHashMap<>();
  private final Disk disk;
  private final Path basedir;

  /**
   * @param catalog every rule id any stage can report, for the comments' ids and the settings
   */
  public Review(Policy policy, Collection<RuleInfo> catalog, Disk disk, Path basedir) {
    this.policy = policy;
    catalog.forEach(r -> this.catalog.put(r.id(), r));
    this.disk = disk;
    this.basedir = basedir;
  }

  /** The baseline to compare with, read through the run's disk, or empty when there is none. */
  public Optional<Baseline> baseline() {
    if (policy.baseline().isEmpty()) {
      return Optional.empty();
    }
    Path file = policy.baseline().get();
    Disk.Kind kind = disk.kind(file);
    if (kind == Disk.Kind.MISSING && !policy.baselineRequired()) {
      return Optional.empty();
    }
    if (kind != Disk.Kind.FILE) {
      throw new PolicyException("baseline " + shown(file) + (kind == Disk.Kind.MISSING ? " does not exist" : " is not a file")
          + "; write it with mvn ucp:baseline" + (policy.baselineRequired() ? " -Ducp.baseline=" + shown(file) : ""));
    }
    return Optional.of(Baseline.read(file, shown(file), disk));
  }

  /** The baseline as {@link #baseline()} reads it, or empty when it cannot be read: for replacing it. */
  public Optional<Baseline> previous() {
    try {
      return baseline();
    } catch (PolicyException e) {
      return Optional.empty();
    }
  }

  /**
   * @param raw the checks' findings, sorted
   * @param sources the Compose files and topology spec, scanned for comments even when they have no finding
   * @param baseline the known findings, or empty to mark none as known
   */
  public Reviewed apply(List<Diagnostic> raw, Collection<Path> sources, Optional<Baseline> baseline) {
    // one entry per file however its path is written, so no file is scanned (and its comments counted) twice
    Map<Path, Path> keys = new HashMap<>();
    Map<Path, Path> named = new TreeMap<>();
    Map<Path, List<Diagnostic>> byFile = new TreeMap<>();
    for (Path p : sources) {
      Path key = keys.computeIfAbsent(p, Review::key);
      named.putIfAbsent(key, p);
      byFile.putIfAbsent(key, new ArrayList<>());
    }
    for (Diagnostic d : raw) {
      Path key = keys.computeIfAbsent(d.at().file(), Review::key);
      named.putIfAbsent(key, d.at().file());
      byFile.computeIfAbsent(key, f -> new ArrayList<>()).add(d);
    }
    List<Map.Entry<Path, List<Diagnostic>>> files = new ArrayList<>(byFile.entrySet());
    IntStream indexes = IntStream.range(0, files.size());
    List<FileReview> perFile = (files.size() > 4 ? indexes.parallel() : indexes)
        .mapToObj(i -> file(named.get(files.get(i).getKey()), files.get(i).getValue()))
        .toList();
    List<Pending> all = new ArrayList<>();
    List<Diagnostic> silenced = new ArrayList<>();
    for (FileReview r : perFile) {
      all.addAll(r.findings());
      silenced.addAll(r.silencedErrors());
    }
    all.sort((a, b) -> a.finding().diagnostic().compareTo(b.finding().diagnostic()));
    Map<String, Integer> counts = baseline.map(Baseline::counts).orElseGet(HashMap::new);
    List<Reviewed.Finding> out = new ArrayList<>(all.size());
    for (Pending p : all) {
      Reviewed.Finding f = p.finding();
      Integer left = f.state() == Reviewed.State.NEW ? counts.get(f.fingerprint()) : null;
      if (left != null && left > 0) {
        counts.put(f.fingerprint(), left - 1);
        f = new Reviewed.Finding(f.diagnostic(), f.fingerprint(), f.path(), Reviewed.State.KNOWN, "");
        if (p.reportedError()) {
          silenced.add(f.diagnostic());
        }
      }
      out.add(f);
    }
    int gone = counts.values().stream().mapToInt(Integer::intValue).sum();
    String shown = baseline.isEmpty() ? "" : policy.baseline().map(this::shown).orElse("the baseline");
    silenced.sort(null);
    return new Reviewed(out, shown, baseline.isPresent() ? gone : 0, silenced);
  }

  /**
   * One file's review: its findings, and the errors of the checks that do not reach the build as
   * errors (turned off or down by the settings, or silenced by a comment). The baseline, matched
   * across files afterwards, can keep more of them from the build.
   */
  private record FileReview(List<Pending> findings, List<Diagnostic> silencedErrors) {
    static final FileReview NOTHING = new FileReview(List.of(), List.of());
  }

  /** @param reportedError an error of the checks that, as things stand, the build reports as one */
  private record Pending(Reviewed.Finding finding, boolean reportedError) {}

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  /** One file's findings with their settings, comments and fingerprints, plus findings about its comments. */
  private FileReview file(Path file, List<Diagnostic> diagnostics) {
    Optional<String> content = read(key(file));
    // a file with no finding and no comment has nothing to review: most files of a big project
    boolean commented = content.filter(t -> t.contains(Suppressions.MARKER)).isPresent();
    if (diagnostics.isEmpty() && !commented) {
      return FileReview.NOTHING;
    }
    Optional<SourceText> text = content.map(SourceText::of);
    Suppressions comments = commented ? Suppressions.of(file, text.get(), catalog.keySet()) : null;
    List<Pending> out = new ArrayList<>();
    List<Diagnostic> silenced = new ArrayList<>();
    String relative = Fingerprints.relative(file, basedir);
    for (Diagnostic raw : diagnostics) {
      Optional<Diagnostic> d = configured(raw);
      int line = raw.at().line();
      Optional<Suppressions.Comment> by = d.isEmpty() || comments == null || line == 0 ? Optional.empty()
          : comments.silence(raw.ruleId(), line);
      boolean reportedError = raw.isError() && d.isPresent() && d.get().isError() && by.isEmpty();
      if (raw.isError() && !reportedError) {
        silenced.add(raw);
      }
      d.ifPresent(x -> out.add(new Pending(finding(x, relative, text, by), reportedError)));
    }
    if (comments != null) {
      List<Diagnostic> own = new ArrayList<>(comments.problems());
      comments.unused().forEach((c, ids) -> own.add(unused(c, ids)));
      for (Diagnostic d : own) {
        configured(d).ifPresent(x -> out.add(new Pending(finding(x, relative, text, Optional.empty()), false)));
      }
    }
    return new FileReview(out, silenced);
  }

  private Reviewed.Finding finding(Diagnostic d, String file, Optional<SourceText> text, Optional<Suppressions.Comment> by) {
    int line = d.at().line();
    String path = line == 0 ? "" : text.map(t -> t.path(line)).orElse("");
    String node = line == 0 ? "" : text.map(t -> t.node(line, d.at().column())).orElse("");
    String fingerprint = Fingerprints.of(d.ruleId(), file, path, node);
    return by.map(c -> new Reviewed.Finding(d, fingerprint, path, Reviewed.State.SUPPRESSED, c.reason()))
        .orElseGet(() -> new Reviewed.Finding(d, fingerprint, path, Reviewed.State.NEW, ""));
  }

  private Diagnostic unused(Suppressions.Comment c, List<String> ids) {
    List<String> off = ids.stream().filter(id -> catalog.containsKey(id)
        && policy.rules().severity(id, catalog.get(id).severity()).isEmpty()).toList();
    String names = String.join(", ", ids);
    String message = "ucp-ignore " + names + " silences nothing on line " + c.target()
        + (off.size() == ids.size() ? " (the rule settings turn " + String.join(", ", off) + " off)" : "");
    return PolicyFindings.UNUSED.at(c.at(), message,
        "remove " + (ids.size() == c.ids().size() ? "the comment" : names + " from the comment")
            + ", or move it onto the line of the finding or the line above it");
  }

  /** The finding at the severity the settings give its rule, or empty when they turn the rule off. */
  private Optional<Diagnostic> configured(Diagnostic d) {
    Optional<Severity> severity = policy.rules().severity(d.ruleId(), d.severity());
    return severity.map(s -> s == d.severity() ? d : new Diagnostic(d.ruleId(), s, d.at(), d.message(), d.hint()));
  }

  private Optional<String> read(Path file) {
    try {
      // bounded: a file the reader refused as too large is not read into memory here either
      return disk.readAtMost(file, MAX_SCANNED).map(Review::decode);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** As the YAML reader decodes (UTF-16 by its byte order mark, else UTF-8), but never refusing. */
  private static String decode(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private String shown(Path file) {
    return Fingerprints.relative(file, basedir);
  }
}
