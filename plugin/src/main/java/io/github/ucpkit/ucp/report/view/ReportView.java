package io.github.ucpkit.ucp.report.view;

import java.util.List;

/**
 * The HTML report: a summary, the cluster diagram (zero or one), findings grouped by file, and the
 * generated artifacts with their sizes and hashes.
 *
 * @param diagramNote why there is no diagram, or an empty list when there is one
 * @param artifactsNote why there is no artifact list, or an empty list when there is one
 */
public record ReportView(
    String title,
    String summary,
    List<DiagramView> diagram,
    List<String> diagramNote,
    List<TextSize> textSizes,
    List<FileFindings> files,
    List<ArtifactRow> artifacts,
    List<String> artifactsNote,
    String generator) {

  /** The font size of one kind of diagram text, from {@link DiagramText.Style}: the sizes the layout assumed. */
  public record TextSize(String css, int px) {}

  /** @param counts how many findings of each severity the file has, in words ("1 error"), zero counts left out */
  public record FileFindings(String file, List<Count> counts, List<Finding> findings) {}

  public record Count(String severity, String text) {}

  public record Finding(String severity, String position, String ruleId, String ruleUrl, String message, String hint) {}

  public record ArtifactRow(String name, int bytes, String sha256) {}
}
