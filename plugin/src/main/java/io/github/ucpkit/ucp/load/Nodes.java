package io.github.ucpkit.ucp.load;

import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lenient accessors for building model records from a tree the schema may have rejected: a value of
 * the wrong shape reads as absent (the schema finding already says why), so every rule still runs.
 */
public final class Nodes {

  private Nodes() {}

  public static Optional<YMap> map(Optional<YNode> node) {
    return node.filter(YMap.class::isInstance).map(YMap.class::cast);
  }

  public static Optional<YMap> map(YMap parent, String key) {
    return map(parent.get(key));
  }

  /** A string value; numbers count too, as their Python text, since docker-compose accepts them in most text slots. */
  public static Optional<Located<String>> text(YMap parent, String key) {
    return parent.get(key).flatMap(Nodes::text);
  }

  public static Optional<Located<String>> text(YNode node) {
    if (node instanceof YScalar s && (s.isString() || s.type() == ScalarType.INT || s.type() == ScalarType.FLOAT)) {
      return Optional.of(new Located<>(s.value(), s.at()));
    }
    return Optional.empty();
  }

  /** A string, or a list of strings (docker-compose's string_or_list). */
  public static List<Located<String>> texts(Optional<YNode> node) {
    List<Located<String>> out = new ArrayList<>();
    if (node.isEmpty()) {
      return out;
    }
    if (node.get() instanceof YSeq seq) {
      for (YNode item : seq.items()) {
        text(item).ifPresent(out::add);
      }
    } else {
      text(node.get()).ifPresent(out::add);
    }
    return out;
  }

  public static Optional<Located<Long>> integer(YMap parent, String key) {
    return parent.get(key)
        .filter(n -> n instanceof YScalar s && s.type() == ScalarType.INT && s.integer().bitLength() < 63)
        .map(n -> new Located<>(((YScalar) n).integer().longValue(), n.at()));
  }

  /** An integer of any size, so a range rule can report an overflow instead of losing it. */
  public static Optional<Located<java.math.BigInteger>> bigInteger(YMap parent, String key) {
    return parent.get(key)
        .filter(n -> n instanceof YScalar s && s.type() == ScalarType.INT)
        .map(n -> new Located<>(((YScalar) n).integer(), n.at()));
  }

  public static Optional<Boolean> bool(YMap parent, String key) {
    return parent.get(key)
        .filter(n -> n instanceof YScalar s && s.type() == ScalarType.BOOL)
        .map(n -> ((YScalar) n).bool());
  }

  public static List<YNode> items(Optional<YNode> node) {
    return node.filter(YSeq.class::isInstance).map(n -> ((YSeq) n).items()).orElse(List.of());
  }
}
