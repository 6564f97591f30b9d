package io.github.ucpkit.ucp.load.yaml;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.load.LoadFindings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PyYAML only skips spaces between tokens and ends a plain scalar at a tab, so a tab anywhere but
 * inside a quoted or block scalar or a comment fails docker-compose's loader ("found character '\t'
 * that cannot start any token"). snakeyaml-engine follows YAML 1.2 and allows tabs as separators, so
 * this check restores PyYAML's verdict.
 */
final class TabCheck {

  /** A quoted or block scalar, as code point offsets: tabs are text there. */
  record Span(int start, int end) {}

  private TabCheck() {}

  static Optional<Diagnostic> firstStrayTab(Path file, String text, List<Span> spans) {
    if (text.indexOf('\t') < 0) {
      return Optional.empty();
    }
    int[] cps = text.codePoints().toArray();
    int lineStart = 0;
    boolean inComment = false;
    int span = 0;
    for (int i = 0; i < cps.length; i++) {
      while (span < spans.size() && spans.get(span).end() <= i) {
        span++;
      }
      boolean inScalar = span < spans.size() && spans.get(span).start() <= i;
      int c = cps[i];
      if (c == '\n') {
        lineStart = i + 1;
        inComment = false;
      } else if (c == '#' && !inScalar && (i == lineStart || cps[i - 1] == ' ' || cps[i - 1] == '\t')) {
        inComment = true;
      } else if (c == '\t' && !inScalar && !inComment) {
        return Optional.of(LoadFindings.YAML_SYNTAX.at(
            Positions.of(file, text, i),
            "a tab where docker-compose's YAML loader expects a space or a value (it cannot start a token)",
            "replace the tab with spaces; tabs are only allowed inside quotes, block scalars and comments"));
      }
    }
    return Optional.empty();
  }
}
