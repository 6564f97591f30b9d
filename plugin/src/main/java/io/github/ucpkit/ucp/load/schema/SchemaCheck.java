package io.github.ucpkit.ucp.load.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a YAML tree against one of our JSON Schemas and turns each violation into a diagnostic at
 * the offending key or value. Schemas are compiled once per class loader and are safe to share
 * between threads ({@code mvn -T}).
 */
public final class SchemaCheck {

  private static final String ID_PREFIX = "https://ucpkit.github.io/ucp/schemas/";
  private static final String RESOURCES = "io/github/ucpkit/ucp/schemas/";

  private static final class Registry {
    static final SchemaRegistry INSTANCE =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(ID_PREFIX, "classpath:" + RESOURCES)));
  }

  private final Schema schema;
  private final JsonNode document;
  private final SchemaFindings findings;
  private final SchemaMessages messages;

  /** Loads and compiles {@code name} (a file under {@code schemas/}). */
  public SchemaCheck(String name, SchemaFindings findings) {
    this.schema = Registry.INSTANCE.getSchema(SchemaLocation.of(ID_PREFIX + name));
    this.schema.initializeValidators();
    this.document = readResource(name);
    this.findings = findings;
    this.messages = new SchemaMessages(document);
  }

  public SchemaFindings findings() {
    return findings;
  }

  public List<Diagnostic> check(YNode root) {
    List<Error> errors = withoutValueErrorsOfMistypedNodes(schema.validate(JsonTree.of(root)));
    List<Diagnostic> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Error error : errors) {
      Optional<Target> target = resolve(root, error.getInstanceLocation());
      if (target.isEmpty()) {
        continue;
      }
      Diagnostic d = messages.describe(error, target.get(), findings);
      if (seen.add(d.at() + d.ruleId() + d.message())) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * A value of the wrong type also fails its enum or const ("must be one of "1", not "1"" for an
   * unquoted 1); the type error says it better.
   */
  private static List<Error> withoutValueErrorsOfMistypedNodes(List<Error> errors) {
    Set<String> mistyped = new HashSet<>();
    errors.stream().filter(e -> e.getKeyword().equals("type")).forEach(e -> mistyped.add(e.getInstanceLocation().toString()));
    return errors.stream()
        .filter(e -> !(e.getKeyword().equals("const") || e.getKeyword().equals("enum"))
            || !mistyped.contains(e.getInstanceLocation().toString()))
        .toList();
  }

  /**
   * The node a violation names, and the key it sits under: a finding about a whole mapping or list
   * reads best at its key ({@code ulimits:}), one about a value at the value.
   */
  record Target(YNode node, Optional<Location> keyAt) {

    Location collectionAt() {
      return node instanceof YScalar ? node.at() : keyAt.orElse(node.at());
    }
  }

  static Optional<Target> resolve(YNode root, NodePath path) {
    YNode node = root;
    Optional<Location> keyAt = Optional.empty();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      if (node instanceof YMap map && element instanceof String key) {
        Optional<YMap.Entry> next = map.entry(key);
        if (next.isEmpty()) {
          return Optional.empty();
        }
        keyAt = Optional.of(next.get().key().at());
        node = next.get().value();
      } else if (node instanceof YSeq seq && element instanceof Integer index && index < seq.items().size()) {
        node = seq.items().get(index);
        keyAt = Optional.empty();
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new Target(node, keyAt));
  }

  private static JsonNode readResource(String name) {
    try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("schema not packaged: " + RESOURCES + name);
      }
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
