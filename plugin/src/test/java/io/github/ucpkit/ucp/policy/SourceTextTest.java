package io.github.ucpkit.ucp.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line scan finds real comments only, the enclosing keys of each line, and the node at a column. */
class SourceTextTest {

  private static final String COMPOSE = String.join("\n",
      "version: \"2.4\"",                                   // 1
      "services:",                                          // 2
      "  web:",                                             // 3
      "    # a comment alone",                              // 4
      "    image: \"nginx:latest\"  # after a value",        // 5
      "    command: echo '#not a comment' # but this is",   // 6
      "    environment:",                                   // 7
      "      - A=b#c",                                      // 8
      "      - \"B=# in quotes\"",                          // 9
      "    healthcheck:",                                   // 10
      "      test: |",                                      // 11
      "        # inside a literal block",                   // 12
      "        curl -f http://localhost/ # still literal",  // 13
      "      interval: 10s",                                // 14
      "    ports: [\"80:80\", '443:443']  # flow",          // 15
      "  db:",                                              // 16
      "    image: postgres:latest",                         // 17
      "nodes:",                                             // 18
      "  - { name: ucp1, sans: [a, b] }",                   // 19
      "  - name: ucp2",                                     // 20
      "    address: 10.0.0.2",                              // 21
      "");

  @Test
  void findsCommentsButNotHashesInsideValues() {
    SourceText t = SourceText.of(COMPOSE);
    assertEquals("# a comment alone", t.comment(4));
    assertTrue(t.commentOnly(4));
    assertEquals("# after a value", t.comment(5));
    assertFalse(t.commentOnly(5));
    assertEquals(28, t.commentColumn(5));
    assertEquals("# but this is", t.comment(6));
    assertEquals("", t.comment(8), "b#c has no space before the hash");
    assertEquals("", t.comment(9));
    assertEquals("", t.comment(12), "a literal block's content is text");
    assertEquals("", t.comment(13));
    assertEquals("# flow", t.comment(15));
  }

  @Test
  void namesTheBlockKeysAroundEachLine() {
    SourceText t = SourceText.of(COMPOSE);
    assertEquals("version", t.path(1));
    assertEquals("services.web", t.path(4));
    assertEquals("services.web.image", t.path(5));
    assertEquals("services.web.environment", t.path(8));
    assertEquals("services.web.healthcheck.test", t.path(12));
    assertEquals("services.web.healthcheck.interval", t.path(14));
    assertEquals("services.web.ports", t.path(15));
    assertEquals("services.db.image", t.path(17));
    assertEquals("nodes", t.path(19));
    assertEquals("nodes.name", t.path(20));
    assertEquals("nodes.address", t.path(21));
  }

  @Test
  void answersTheSameWhateverTheOrderOfTheQuestions() {
    SourceText inOrder = SourceText.of(COMPOSE);
    List<String> answers = new ArrayList<>();
    for (int line = 1; line <= inOrder.lines(); line++) {
      answers.add(inOrder.path(line) + " " + inOrder.comment(line));
    }
    SourceText lastFirst = SourceText.of(COMPOSE);
    assertEquals("nodes.address", lastFirst.path(21), "the scan goes down as far as the question");
    for (int line = lastFirst.lines(); line >= 1; line--) {
      assertEquals(answers.get(line - 1), lastFirst.path(line) + " " + lastFirst.comment(line), "line " + line);
    }
  }

  @Test
  void readsTheNodeAtAColumn() {
    SourceText t = SourceText.of(COMPOSE);
    assertEquals("\"nginx:latest\"", t.node(5, 12));
    assertEquals("image", t.node(5, 5));
    assertEquals("echo '#not a comment'", t.node(6, 14));
    assertEquals("[\"80:80\", '443:443']", t.node(15, 12));
    assertEquals("'443:443'", t.node(15, 22));
    assertEquals("[a, b]", t.node(19, 25));
    assertEquals("b", t.node(19, 29), "inside a flow sequence a plain scalar ends at the comma or bracket");
    assertEquals("postgres:latest", t.node(17, 12));
    assertEquals("", t.node(17, 80));
    assertEquals("# after a value", t.node(5, 28), "a finding about a comment");
    assertEquals("", t.node(99, 1));
  }

  @Test
  void countsLinesAsTheYamlReaderDoes() {
    SourceText t = SourceText.of("\uFEFFa: 1\r\nb: 2\rc: 3 # x\n");
    assertEquals(4, t.lines());
    assertEquals("c", t.path(3));
    assertEquals("# x", t.comment(3));
    assertEquals("1", t.node(1, 4), "a byte order mark is not a column");
  }

  @Test
  void multiLineQuotedAndFlowValuesHideTheirHashes() {
    SourceText t = SourceText.of("a: \"one\n  # not a comment\n  two\"\nb: [x,\n  # a comment in flow\n  y]\nc: 1 # yes\n");
    assertEquals("", t.comment(2));
    assertEquals("a", t.path(2));
    assertEquals("# a comment in flow", t.comment(5));
    assertFalse(t.commentOnly(5), "a comment inside a flow collection applies to nothing on its own");
    assertEquals("c", t.path(7));
    assertEquals("# yes", t.comment(7));
  }

  /**
   * 200,000 findings on one 1.8 MB line: each lookup goes on from the previous column, so this takes
   * milliseconds (walking from the line's start for each would take minutes and stall the build).
   */
  @Test
  void findingsAlongOneLongLineAreReadInOnePass() {
    StringBuilder sb = new StringBuilder("ports: [");
    for (int i = 0; i < 200_000; i++) {
      sb.append(i == 0 ? "" : ", ").append(i % 2 == 0 ? "\"80:80\"" : "'81:81'");
    }
    SourceText t = SourceText.of(sb.append("]\n").toString());
    int column = 9;
    for (int i = 0; i < 200_000; i++) {
      assertEquals(i % 2 == 0 ? "\"80:80\"" : "'81:81'", t.node(1, column));
      column += 9;
    }
  }
}
