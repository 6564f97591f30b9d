package io.github.ucpkit.ucp.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.diag.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every id is unique and has a doc page and fixtures; every doc page and fixture names a real id. */
class RuleCatalogTest {

  private static final Path DOCS = Path.of("../docs/rules");

  @Test
  void idsAreUnique() {
    List<String> ids = Rules.catalog().stream().map(RuleInfo::id).toList();
    assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate rule id in " + ids);
  }

  @Test
  void everyIdHasADocPageThatExplainsIt() throws IOException {
    for (RuleInfo info : Rules.catalog()) {
      Path page = DOCS.resolve(info.id() + ".md");
      assertTrue(Files.isRegularFile(page), "no doc page " + page);
      String text = Files.readString(page);
      assertTrue(text.startsWith("# " + info.id()), page + " must start with '# " + info.id() + "'");
      for (String section : List.of("## What it catches", "## Why it matters", "## Bad", "## Good", "## How to fix")) {
        assertTrue(text.contains(section), page + " lacks section " + section);
      }
    }
  }

  @Test
  void everyDocPageAndFixtureNamesARule() throws IOException {
    Set<String> ids = Rules.catalog().stream().map(RuleInfo::id).collect(Collectors.toSet());
    Set<String> pages;
    try (Stream<Path> s = Files.list(DOCS)) {
      pages = s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md") && !n.equals("README.md") && !n.equals("TEMPLATE.md"))
          .map(n -> n.substring(0, n.length() - 3))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    pages.removeAll(ids);
    assertTrue(pages.isEmpty(), "doc pages for unknown ids: " + pages);
    Set<String> fixtures;
    try (Stream<Path> s = Files.list(Fixture.ROOT)) {
      fixtures = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    fixtures.removeAll(ids);
    assertTrue(fixtures.isEmpty(), "fixtures for unknown ids: " + fixtures);
  }
}
