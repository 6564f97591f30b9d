package io.github.ucpkit.ucp.check.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Placement constraints parsed as the swarm's scheduler parses them (moby/swarmkit
 * manager/constraint): {@code ==} tried before {@code !=}, split at the first occurrence, both sides
 * trimmed, then the key and value patterns, where Go's case folding lets the Kelvin sign and the long
 * s stand for k and s.
 */
class PlacementConstraintTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiterString = " => ", value = {
      "node.role == worker => node.role == worker NODE_ROLE",
      "node.role==worker => node.role == worker NODE_ROLE",
      "'  node.labels.zone  !=  eu 1  ' => node.labels.zone != eu 1 NODE_LABEL",
      "NODE.ROLE == Manager => NODE.ROLE == Manager NODE_ROLE",
      "engine.labels.os == linux => engine.labels.os == linux ENGINE_LABEL",
      "node.hostname == web-(1|2).example.com => node.hostname == web-(1|2).example.com NODE_HOSTNAME",
      "node.labels. == x => node.labels. == x UNKNOWN",
      "node.label.zone == a => node.label.zone == a UNKNOWN",
      "\u212Aey.x == a => \u212Aey.x == a UNKNOWN",
      "node.ho\u017Ftname == a => node.ho\u017Ftname == a NODE_HOSTNAME",
      "node.role = worker => constraint expected one operator from ==, !=",
      "node.role!==manager => key 'node.role!' is invalid",
      "== worker => key '' is invalid",
      "a == b => key 'a' is invalid",
      "node labels.zone == a => key 'node labels.zone' is invalid",
      "1node == a => key '1node' is invalid",
      "node.labels.zone == \"eu\" => value '\"eu\"' is invalid",
      "node.labels.tier == web,api => value 'web,api' is invalid",
      "node.labels.tier == => value '' is invalid",
      "node.labels.a == b == c => value 'b == c' is invalid"})
  void parsesAsTheSchedulerDoes(String text, String expected) {
    PlacementConstraint.Parsed parsed = PlacementConstraint.parse(text);
    String actual = parsed.constraint()
        .map(c -> c.key() + (c.equal() ? " == " : " != ") + c.value() + " " + c.kind())
        .orElse(parsed.refusal());
    assertEquals(expected, actual);
  }
}
