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
  private final SchemaFindings findings;
  private final SchemaMessages messages;

  /** Loads and compiles {@code name} (a file under {@code schemas/}). */
  public SchemaCheck(String name, SchemaFindings findings) {
    this.schema = Registry.INSTANCE.getSchema(SchemaLocation.of(ID_PREFIX + name));
    this.schema.initializeValidators();
    this.findings = findings;
    this.messages = new SchemaMessages(readResource(name));
  }

  /**
   * Compiles {@code compiled}, a schema derived from a packaged one, under its own {@code id}; messages
   * are worded from {@code explained}, the packaged document with its descriptions and annotations.
   */
  SchemaCheck(JsonNode compiled, String id, JsonNode explained, SchemaFindings findings) {
    this.schema = Registry.INSTANCE.getSchema(SchemaLocation.of(ID_PREFIX + id), compiled);
    this.schema.initializeValidators();
    this.findings = findings;
    this.messages = new SchemaMessages(explained);
  }

  public SchemaFindings findings() {
    return findings;
  }

  public List<Diagnostic> check(YNode root) {
    return describe(root, errors(JsonTree.of(root)));
  }

  /** Only the violations of the given keywords (such as {@code additionalProperties}). */
  public List<Diagnostic> check(YNode root, Set<String> keywords) {
    return describe(root, errors(JsonTree.of(root)).stream().filter(e -> keywords.contains(e.getKeyword())).toList());
  }

  /** The violations of a tree already in JSON form, before they are worded. */
  List<Error> errors(JsonNode json) {
    return withoutValueErrorsOfMistypedNodes(schema.validate(json));
  }

  /** One diagnostic per violation that points at a node of the tree, without repeats. */
  List<Diagnostic> describe(YNode root, List<Error> errors) {
    List<Diagnostic> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Error error : errors) {
      describe(root, error).filter(d -> seen.add(d.at() + d.ruleId() + d.message())).ifPresent(out::add);
    }
    return out;
  }

  Optional<Diagnostic> describe(YNode root, Error error) {
    return resolve(root, error.getInstanceLocation()).map(target -> messages.describe(error, target, findings));
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

  static JsonNode readResource(String name) {
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
