package io.github.ucpkit.ucp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The rule ids whose doc page says they are stricter than a reference tool: the documentation is the list. */
final class StricterRules {

  /** The phrase a rule's page carries when it rejects files docker-compose 1.29.2 accepts. */
  static final String DOCKER_COMPOSE = "Stricter than docker-compose: yes";
  /** The phrase a rule's page carries when it rejects files {@code docker stack deploy}'s loader accepts. */
  static final String DOCKER_STACK = "Stricter than docker stack deploy: yes";

  private StricterRules() {}

  static Set<String> fromDocs(Path docs, String phrase) throws IOException {
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> pages = Files.list(docs)) {
      for (Path page : pages.filter(p -> p.getFileName().toString().matches("[A-Z0-9-]+\\.md")).toList()) {
        String text = Files.readString(page);
        if (text.contains(phrase)) {
          ids.add(page.getFileName().toString().replace(".md", ""));
        }
      }
    }
    return ids;
  }
}
