package io.github.ucpkit.ucp.report;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.Header;
import io.github.ucpkit.ucp.emit.RoutedService;
import io.github.ucpkit.ucp.emit.Templates;
import io.github.ucpkit.ucp.emit.view.ZoneText;
import io.github.ucpkit.ucp.emit.view.ZoneView;
import io.github.ucpkit.ucp.model.topology.Topology;
import io.github.ucpkit.ucp.report.view.DiagramView;
import io.github.ucpkit.ucp.report.view.ReportView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One self-contained HTML page (no scripts, fonts or requests): the cluster drawn from the topology,
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
   */
  public static String render(Pipeline.Validated v, Optional<List<Artifact>> artifacts, Path basedir, String version) {
    String summary = ConsoleReport.summary(v.filesChecked(), v.diagnostics(), v.facts());
    List<DiagramView> diagram = new ArrayList<>();
    if (!v.hasErrors() && v.inputs().topology().isPresent()) {
      Topology t = v.inputs().topology().get();
      List<RoutedService> routes = RoutedService.of(v.inputs());
      diagram.add(DiagramView.of(t, routes, zoneLines(t, routes, artifacts)));
    }
    List<ReportView.ArtifactRow> rows = new ArrayList<>();
    List<String> note = new ArrayList<>();
    if (artifacts.isPresent()) {
      artifacts.get().forEach(a -> rows.add(new ReportView.ArtifactRow(
          a.name(), a.content().getBytes(StandardCharsets.UTF_8).length, a.sha256())));
    } else {
      note.add(v.hasErrors() ? "Nothing is generated while there are errors." : "Run ucp:generate to list the generated artifacts.");
    }
    ReportView view = new ReportView("ucp-maven-plugin report", summary, diagram, files(v.diagnostics(), basedir), rows,
        note, "ucp-maven-plugin " + version);
    return Templates.render(TEMPLATE, view);
  }

  private static List<ReportView.FileFindings> files(List<Diagnostic> diagnostics, Path basedir) {
    Map<String, List<ReportView.Finding>> byFile = new LinkedHashMap<>();
    for (Diagnostic d : diagnostics) {
      String file = LogText.escape(Paths.relative(d.at().file(), basedir));
      byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(new ReportView.Finding(
          d.severity().label(), ConsoleReport.position(d, basedir), d.ruleId(), SarifReport.DOCS + d.ruleId() + ".md",
          LogText.escape(d.message()), LogText.escape(d.hint())));
    }
    List<ReportView.FileFindings> out = new ArrayList<>();
    byFile.forEach((file, findings) -> {
      int errors = (int) findings.stream().filter(f -> f.severity().equals("error")).count();
      int warnings = (int) findings.stream().filter(f -> f.severity().equals("warning")).count();
      out.add(new ReportView.FileFindings(file, errors, warnings, findings));
    });
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
