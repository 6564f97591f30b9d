package io.github.ucpkit.ucp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Puts the latest table into the README, between its bench markers. */
final class Readme {

  static final String BEGIN = "<!-- bench:begin (written by bench/run --readme) -->";
  static final String END = "<!-- bench:end -->";

  private Readme() {}

  static void update(Path readme, String table) throws IOException {
    String text = Files.readString(readme);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IOException(readme + " has no bench markers (" + BEGIN + " ... " + END + ")");
    }
    Files.writeString(readme, text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end));
  }
}
