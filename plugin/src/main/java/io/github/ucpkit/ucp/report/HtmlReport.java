package io.github.ucpkit.ucp.report;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.emit.RoutedService;
import io.github.ucpkit.ucp.emit.Templates;
import io.github.ucpkit.ucp.emit.view.ZoneText;
import io.github.ucpkit.ucp.emit.view.ZoneView;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.report.view.DiagramText;
import io.github.ucpkit.ucp.report.view.DiagramView;
import io.github.ucpkit.ucp.report.view.ReportView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One self-contained HTML page (no scripts, fonts or requests): the cluster drawn from the topology
 * (as far as it loaded when there are errors),
 * the findings by file with links to each rule's page, and the generated artifacts with sizes and
 * SHA-256 hashes. Every text is HTML-escaped by the template.
 */
public final class HtmlReport {

  private static final String TEMPLATE = "report.html.peb";

  private HtmlReport() {}

  /** Compiles the report's template ahead of use; see {@link Pipeline#inBackground}. */
  public static void prepare() {
    Templates.prepare(TEMPLATE);
  }

  /**
   * @param artifacts the rendered artifacts, or empty when this goal does not render them
   * @param version the plugin's version, for the footer
   */
  public static String render(Pipeline.Validated v, Optional<List<Artifact>> artifacts, Path basedir, String version) {
    String summary = ConsoleReport.summary(v.filesChecked(), v.diagnostics(), v.facts());
    List<DiagramView> diagram = new ArrayList<>();
    List<String> diagramNote = new ArrayList<>();
    if (v.inputs().topology().isPresent()) {
      diagram.add(diagram(v, v.inputs().topology().get(), artifacts));
    } else {
      diagramNote.add("No topology spec was read, so there is no cluster to draw.");
    }
    List<ReportView.ArtifactRow> rows = new ArrayList<>();
    List<String> note = new ArrayList<>();
    if (artifacts.isPresent()) {
      artifacts.get().forEach(a -> rows.add(new ReportView.ArtifactRow(
          a.name(), a.content().getBytes(StandardCharsets.UTF_8).length, a.sha256())));
    } else {
      note.add(v.hasErrors() ? "Nothing is generated while there are errors." : "Run ucp:generate to list the generated artifacts.");
    }
    List<ReportView.TextSize> sizes = Arrays.stream(DiagramText.Style.values())
        .map(s -> new ReportView.TextSize(s.css(), s.px())).toList();
    ReportView view = new ReportView("ucp-maven-plugin report", summary, diagram, diagramNote, sizes,
        files(v.diagnostics(), basedir), rows, note, "ucp-maven-plugin " + version);
    return Templates.render(TEMPLATE, view);
  }

  /**
   * The cluster as far as it loaded: the topology as written, and the routes of every Compose file
   * without an error of its own. The zone needs every input to be valid, so it waits for a clean build.
   */
  private static DiagramView diagram(Pipeline.Validated v, Topology t, Optional<List<Artifact>> artifacts) {
    if (!v.hasErrors()) {
      List<RoutedService> routes = RoutedService.of(v.inputs());
      return DiagramView.of(t, routes.stream().map(HtmlReport::route).toList(), zoneLines(t, routes, artifacts));
    }
    Set<Path> broken = new HashSet<>();
    v.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> broken.add(d.at().file().toAbsolutePath().normalize()));
    List<DiagramView.Route> routes = new ArrayList<>();
    for (ComposeFile file : v.inputs().compose()) {
      if (broken.contains(file.path().toAbsolutePath().normalize())) {
        continue;
      }
      try {
        RoutedService.of(new Inputs(List.of(file), Optional.of(t))).forEach(r -> routes.add(route(r)));
      } catch (IllegalStateException e) {
        // a value no rule stopped and no route can be built from: the findings say what is wrong,
        // and the report must still be written, so the file's routes are left out of the picture
      }
    }
    routes.sort(Comparator.comparing(r -> r.names().get(0)));
    return DiagramView.of(t, routes, List.of("(the records are shown once the build has no errors)"));
  }

  private static DiagramView.Route route(RoutedService r) {
    return new DiagramView.Route(r.names().stream().map(Object::toString).toList(),
        r.service().name() + ":" + r.port(), r.file().project());
  }

  private static List<ReportView.FileFindings> files(List<Diagnostic> diagnostics, Path basedir) {
    Map<String, List<ReportView.Finding>> byFile = new LinkedHashMap<>();
    Paths.Shown files = new Paths.Shown(basedir);
    for (Diagnostic d : diagnostics) {
      String file = files.of(d.at().file());
      byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(new ReportView.Finding(
          d.severity().label(), ConsoleReport.position(d, files), d.ruleId(), SarifReport.DOCS + d.ruleId() + ".md",
          LogText.escape(d.message()), LogText.escape(d.hint())));
    }
    List<ReportView.FileFindings> out = new ArrayList<>();
    byFile.forEach((file, findings) -> out.add(new ReportView.FileFindings(file, counts(findings), findings)));
    return out;
  }

  /** "1 error", "3 warnings": one per severity the file has, most severe first. */
  private static List<ReportView.Count> counts(List<ReportView.Finding> findings) {
    List<ReportView.Count> out = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = findings.stream().filter(f -> f.severity().equals(s.label())).count();
      if (n > 0) {
        out.add(new ReportView.Count(s.label(), n + " " + s.label() + (n == 1 ? "" : "s")));
      }
    }
    return out;
  }

  /** The zone's records; its serial as generated when this goal rendered it, else as the spec says. */
  private static List<String> zoneLines(Topology t, List<RoutedService> routes, Optional<List<Artifact>> artifacts) {
    if (t.dns().isEmpty()) {
      return List.of("(no dns section in the topology spec)");
    }
    ZoneView zone = ZoneView.of(new Header(""), t, routes, 0);
    String serial = artifacts.orElse(List.of()).stream()
        .filter(a -> a.name().equals(zone.artifactName()))
        .map(a -> ZoneText.serial(a.content()))
        .filter(OptionalLong::isPresent)
        .map(s -> Long.toString(s.getAsLong()))
        .findFirst()
        .orElse(t.dns().get().serial().explicit().map(e -> e.value()).orElse("auto"));
    List<String> lines = new ArrayList<>();
    lines.add("@ SOA " + zone.primary() + ". serial " + serial);
    zone.nameservers().forEach(ns -> lines.add("@ NS " + ns + "."));
    zone.records().forEach(r -> lines.add(r.owner() + " " + r.type() + " " + r.address()));
    return lines;
  }
}
