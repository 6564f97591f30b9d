package io.github.ucpkit.ucp.load.schema;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema of one minor version, derived from a document annotated with {@code x-since} and
 * {@code x-before} (see {@link VersionedSchema}). The annotations themselves are dropped, so the
 * compiled schema holds only standard keywords. Derived schemas keep every remaining keyword at the
 * same place, so a violation's schema path also leads into the annotated document.
 */
final class MinorView {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** Keywords whose value maps names to schemas. */
  private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
  /** Keywords whose value is one schema. */
  private static final Set<String> SCHEMAS = Set.of(
      "items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "not", "if", "then", "else",
      "contains", "propertyNames");
  /** Keywords whose value is a list of schemas. */
  private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

  private MinorView() {}

  static JsonNode of(JsonNode document, int major, int minor) {
    return schema(document, major, minor);
  }

  private static JsonNode schema(JsonNode node, int major, int minor) {
    if (!node.isObject()) {
      return node;
    }
    ObjectNode out = JSON.objectNode();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String k = e.getKey();
      JsonNode v = e.getValue();
      if (k.startsWith("x-")) {
        continue;
      } else if (SCHEMA_MAPS.contains(k) && v.isObject()) {
        ObjectNode map = JSON.objectNode();
        for (Map.Entry<String, JsonNode> sub : v.properties()) {
          if (!newer(sub.getValue(), major, minor)) {
            map.set(sub.getKey(), schema(sub.getValue(), major, minor));
          }
        }
        out.set(k, map);
      } else if (SCHEMAS.contains(k)) {
        out.set(k, schema(v, major, minor));
      } else if (SCHEMA_LISTS.contains(k) && v.isArray()) {
        ArrayNode list = JSON.arrayNode();
        v.forEach(item -> list.add(schema(item, major, minor)));
        out.set(k, list);
      } else {
        out.set(k, v);
      }
    }
    JsonNode before = node.get("x-before");
    if (before != null) {
      for (Map.Entry<String, JsonNode> e : before.properties()) {
        if (minor < minorOf(e.getKey(), major)) {
          e.getValue().properties().forEach(kw -> out.set(kw.getKey(), kw.getValue()));
        }
      }
    }
    return out;
  }

  private static boolean newer(JsonNode schema, int major, int minor) {
    JsonNode since = schema.get("x-since");
    return since != null && minorOf(since.asString(), major) > minor;
  }

  private static int minorOf(String version, int major) {
    String prefix = major + ".";
    if (!version.startsWith(prefix)) {
      throw new IllegalStateException("annotation " + version + " is not a " + major + ".x version");
    }
    return Integer.parseInt(version.substring(prefix.length()));
  }
}
