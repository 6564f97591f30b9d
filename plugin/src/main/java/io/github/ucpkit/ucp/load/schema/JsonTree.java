package io.github.ucpkit.ucp.load.schema;

import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import io.github.ucpkit.ucp.model.yaml.Yaml11;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of a YAML tree, which is what a JSON Schema validates. */
final class JsonTree {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Key under which a YAML 1.1 date travels: an object, so every string or number check rejects it. */
  static final String DATE_MARKER = "yaml-1.1-date";

  private JsonTree() {}

  static JsonNode of(YNode node) {
    if (node instanceof YMap map) {
      ObjectNode o = JSON.objectNode();
      for (YMap.Entry e : map.all()) {
        o.set(e.key().text(), of(e.value()));
      }
      return o;
    }
    if (node instanceof YSeq seq) {
      ArrayNode a = JSON.arrayNode(seq.items().size());
      for (YNode item : seq.items()) {
        a.add(of(item));
      }
      return a;
    }
    return scalar((YScalar) node);
  }

  private static final java.math.BigDecimal BEYOND_DOUBLE = new java.math.BigDecimal("1e400");

  private static JsonNode scalar(YScalar s) {
    return switch (s.type()) {
      case STR -> JSON.stringNode(s.text());
      case NULL -> JSON.nullNode();
      case BOOL -> JSON.booleanNode(s.bool());
      case INT -> {
        BigInteger v = s.integer();
        yield v.bitLength() < 63 ? JSON.numberNode(v.longValue()) : JSON.numberNode(v);
      }
      case FLOAT -> Yaml11.parseFloat(s.text())
          .<JsonNode>map(JSON::numberNode)
          // inf and nan are numbers to Python's jsonschema; a JSON number beyond any double stands in
          .orElseGet(() -> JSON.numberNode(s.text().startsWith("-") ? BEYOND_DOUBLE.negate() : BEYOND_DOUBLE));
      case TIMESTAMP -> JSON.objectNode().put(DATE_MARKER, s.text());
    };
  }
}
