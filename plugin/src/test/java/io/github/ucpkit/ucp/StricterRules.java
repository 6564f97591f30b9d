package io.github.ucpkit.ucp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The rule ids whose doc page says they are stricter than docker-compose: the documentation is the list. */
final class StricterRules {

  private StricterRules() {}

  static Set<String> fromDocs(Path docs) throws IOException {
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> pages = Files.list(docs)) {
      for (Path page : pages.filter(p -> p.getFileName().toString().matches("[A-Z0-9-]+\\.md")).toList()) {
        String text = Files.readString(page);
        if (text.contains("Stricter than docker-compose: yes")) {
          ids.add(page.getFileName().toString().replace(".md", ""));
        }
      }
    }
    return ids;
  }
}
