package io.github.ucpkit.ucp.report.view;

import java.util.List;

/**
 * The HTML report: a summary, the cluster diagram (zero or one), findings grouped by file, and the
 * generated artifacts with their sizes and hashes.
 *
 * @param artifactsNote why there is no artifact list, or an empty list when there is one
 */
public record ReportView(
    String title,
    String summary,
    List<DiagramView> diagram,
    List<FileFindings> files,
    List<ArtifactRow> artifacts,
    List<String> artifactsNote,
    String generator) {

  public record FileFindings(String file, int errors, int warnings, List<Finding> findings) {}

  public record Finding(String severity, String position, String ruleId, String ruleUrl, String message, String hint) {}

  public record ArtifactRow(String name, int bytes, String sha256) {}
}
