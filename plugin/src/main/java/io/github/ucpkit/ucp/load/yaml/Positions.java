package io.github.ucpkit.ucp.load.yaml;

import io.github.ucpkit.ucp.diag.Location;
import java.nio.file.Path;

/** 1-based line and column of a code point offset, counted the way editors count them. */
final class Positions {

  private Positions() {}

  static Location of(Path file, String text, int codePointOffset) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < codePointOffset; i = text.offsetByCodePoints(i, 1), seen++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(file, line, column);
  }
}
