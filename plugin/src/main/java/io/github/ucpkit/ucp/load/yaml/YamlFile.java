package io.github.ucpkit.ucp.load.yaml;

import io.github.ucpkit.ucp.model.yaml.*;

import io.github.ucpkit.ucp.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One file read as YAML: its single document (empty for an empty file or an unreadable one) and
 * what reading it found. A root is present only when no error stopped the reader.
 */
public record YamlFile(Path path, Optional<YNode> root, List<Diagnostic> diagnostics) {

  public YamlFile {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean failed() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
