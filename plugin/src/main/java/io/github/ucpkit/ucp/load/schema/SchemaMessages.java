package io.github.ucpkit.ucp.load.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import io.github.ucpkit.ucp.model.yaml.Yaml11;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Words for schema violations: what is wrong in the user's terms, at the key or value concerned. */
final class SchemaMessages {

  private static final Map<String, String> TYPE_WORDS =
      Map.of(
          "string", "a string",
          "integer", "an integer",
          "number", "a number",
          "boolean", "a boolean (true or false)",
          "object", "a mapping",
          "array", "a list",
          "null", "empty (null)");

  /** Keys people still write from older formats, with what to do instead. */
  private static final Map<String, String> RETIRED =
      Map.of(
          "volume_driver", "docker-compose 1.27+ rejects volume_driver; set driver: on the top-level volume instead",
          "net", "net is the version-1 spelling; use network_mode",
          "network_aliases", "write aliases under the service's networks: entry instead",
          "external_name", "write external: {name: ...} instead");

  private final JsonNode schemaDocument;

  SchemaMessages(JsonNode schemaDocument) {
    this.schemaDocument = schemaDocument;
  }

  Diagnostic describe(Error error, SchemaCheck.Target target, SchemaFindings ids) {
    YNode node = target.node();
    String path = display(error.getInstanceLocation());
    return switch (error.getKeyword()) {
      case "additionalProperties", "unevaluatedProperties" -> unknownKey(error, node, path, ids.unknownKey());
      case "false" -> unknownKey(error, node, path, ids.unknownKey());
      case "type" -> wrongType(error, node, target.collectionAt(), path, ids.wrongType());
      case "required" -> ids.invalidValue().at(
          target.collectionAt(), (path.isEmpty() ? "the file" : path) + " is missing the required key \"" + error.getProperty() + "\"", "");
      case "enum", "const" -> ids.invalidValue().at(
          node.at(),
          path + " must be one of " + allowed(error.getSchemaNode()) + ", not " + shown(node),
          "");
      case "uniqueItems" -> repeated(node, path, ids.invalidValue());
      case "propertyNames" -> badName(error, node, path, ids.invalidValue());
      case "pattern" -> ids.invalidValue().at(
          node.at(), path + " " + shown(node) + form(error).map(f -> " is not " + f)
              .orElse(" does not have the required form " + pattern(error.getSchemaNode())),
          form(error).map(f -> "write it as " + f).orElse(""));
      default -> ids.invalidValue().at(node.at(), path + " " + error.getMessage(), "");
    };
  }

  private Diagnostic unknownKey(Error error, YNode node, String path, RuleInfo rule) {
    String key = error.getProperty();
    Location at = node.at();
    if (node instanceof YMap map && key != null) {
      at = map.entry(key).map(e -> e.key().at()).orElse(at);
    }
    String where = path.isEmpty() ? "at the top level" : "in " + path;
    List<String> known = knownKeys(error);
    String hint = RETIRED.getOrDefault(key, closest(key, known)
        .map(k -> "did you mean \"" + k + "\"?")
        .orElse(known.isEmpty() || known.size() > 12 ? "" : "known keys here: " + String.join(", ", known)));
    return rule.at(at, "unknown key \"" + key + "\" " + where, hint);
  }

  private static Diagnostic badName(Error error, YNode node, String path, RuleInfo rule) {
    String key = error.getProperty();
    Location at = node instanceof YMap map && key != null
        ? map.entry(key).map(e -> e.key().at()).orElse(node.at())
        : node.at();
    String form = pattern(error.getSchemaNode() == null ? null : error.getSchemaNode().get("pattern"));
    String words = form.equals("^[a-zA-Z0-9._-]+$")
        ? "may only contain letters, digits, \".\", \"_\" and \"-\""
        : "does not have the required form " + form;
    return rule.at(at, "name \"" + key + "\" in " + path + " " + words, "rename it");
  }

  private static String pattern(JsonNode node) {
    return node == null ? "" : node.asString();
  }

  private Diagnostic wrongType(Error error, YNode node, Location at, String path, RuleInfo rule) {
    String expected = typeWords(error.getSchemaNode());
    String hint = "";
    if (node instanceof YScalar s) {
      if (Yaml11.isWordBoolean(s)) {
        hint = "YAML 1.1, which docker-compose uses, reads unquoted " + s.text() + " as the boolean "
            + s.pythonText().toLowerCase(java.util.Locale.ROOT) + "; quote it: \"" + s.text() + "\"";
      } else if (s.type() == ScalarType.TIMESTAMP) {
        hint = "YAML 1.1 reads unquoted " + s.text() + " as a date; quote it: \"" + s.text() + "\"";
      } else if (s.plain() && s.type() != ScalarType.STR && expected.contains("string")) {
        hint = "quote it to keep it as text: \"" + s.text() + "\"";
      } else if (s.plain() && s.isString() && expected.contains("boolean")
          && s.text().toLowerCase(java.util.Locale.ROOT).matches("y|yes|n|no|on|off")) {
        hint = "write true or false: the docker CLI's YAML reader takes an unquoted " + s.text() + " for a word, not a boolean";
      }
    }
    String label = path.isEmpty() ? "the file" : path;
    return rule.at(at, label + " must be " + expected + ", not " + node.describe(), hint);
  }

  private static Diagnostic repeated(YNode node, String path, RuleInfo rule) {
    if (node instanceof YSeq seq) {
      Map<String, YNode> seen = new HashMap<>();
      for (YNode item : seq.items()) {
        String key = JsonTree.of(item).toString();
        if (seen.putIfAbsent(key, item) != null) {
          return rule.at(
              item.at(),
              path + " lists " + shown(item) + " more than once (first at line " + seen.get(key).at().line() + ")",
              "remove the repeated item");
        }
      }
    }
    return rule.at(node.at(), path + " has repeated items", "remove the repeated items");
  }

  /** How the schema around a failed {@code pattern} words the form it wants ({@code x-form}), if it does. */
  private java.util.Optional<String> form(Error error) {
    JsonNode at = enclosingSchema(error);
    return at == null || at.get("x-form") == null ? java.util.Optional.empty() : java.util.Optional.of(at.get("x-form").asString());
  }

  /** The schema object holding the keyword that failed, in the documented schema. */
  private JsonNode enclosingSchema(Error error) {
    NodePath fragment = error.getSchemaLocation().getFragment();
    JsonNode at = schemaDocument;
    for (int i = 0; i < fragment.getNameCount() - 1 && at != null; i++) {
      Object el = fragment.getElement(i);
      at = el instanceof Integer idx ? at.get(idx) : at.get(el.toString());
    }
    return at;
  }

  /** The property names the object schema around a failed {@code additionalProperties} knows. */
  private List<String> knownKeys(Error error) {
    JsonNode at = enclosingSchema(error);
    if (at == null || at.get("properties") == null) {
      return List.of();
    }
    JsonNode properties = at.get("properties");
    List<String> keys = new ArrayList<>(properties.propertyNames());
    keys.removeIf(k -> properties.get(k).isBoolean() && !properties.get(k).asBoolean());
    keys.sort(Comparator.naturalOrder());
    return keys;
  }

  static java.util.Optional<String> closest(String key, List<String> candidates) {
    if (key == null) {
      return java.util.Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(key.toLowerCase(java.util.Locale.ROOT), c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return bestDistance <= Math.max(1, key.length() / 3) ? java.util.Optional.of(best) : java.util.Optional.empty();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String typeWords(JsonNode type) {
    if (type == null) {
      return "another type";
    }
    if (type.isArray()) {
      List<String> words = new ArrayList<>();
      type.forEach(t -> words.add(TYPE_WORDS.getOrDefault(t.asString(), t.asString())));
      return words.size() == 1 ? words.get(0)
          : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
    return TYPE_WORDS.getOrDefault(type.asString(), type.asString());
  }

  private static String allowed(JsonNode values) {
    if (values == null) {
      return "the allowed values";
    }
    if (!values.isArray()) {
      return values.toString();
    }
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(v.toString()));
    return out.stream().collect(Collectors.joining(", "));
  }

  private static String shown(YNode node) {
    return node instanceof YScalar s ? "\"" + s.value() + "\"" : node.describe();
  }

  /** {@code services.web.ports[1]}: dotted keys, indexes in brackets. */
  static String display(NodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object el = path.getElement(i);
      if (el instanceof Integer idx) {
        sb.append('[').append(idx).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(el);
      }
    }
    return sb.toString();
  }
}
