package io.github.ucpkit.ucp.emit;

import io.github.ucpkit.ucp.model.compose.DeployTime;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import io.github.ucpkit.ucp.model.yaml.Yaml11;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes a Compose document back as YAML that docker-compose's YAML 1.1 loader reads exactly as
 * meant: keys sorted, every string double-quoted (so {@code yes}, {@code 22:22} or {@code 0755} stay
 * strings), numbers, booleans and nulls plain. snakeyaml-engine's emitter does the quoting and
 * escaping, so no value can change the document's structure.
 */
final class AppYaml {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
  private static final Set<String> INTERPOLATED = Set.of("services", "networks", "volumes", "secrets", "configs");

  private static final DumpSettings SETTINGS = DumpSettings.builder()
      .setDefaultFlowStyle(FlowStyle.BLOCK)
      .setIndent(2)
      .setIndicatorIndent(2)
      .setIndentWithIndicator(true)
      .setWidth(Integer.MAX_VALUE)
      .setSplitLines(false)
      .setUseUnicodeEncoding(true)
      .setBestLineBreak("\n")
      .build();

  private final DeployTime deployTime;
  /** For a file read for docker stack deploy: how its relative paths move; {@code null} for docker-compose. */
  private final StackPaths stack;

  private AppYaml(DeployTime deployTime, StackPaths stack) {
    this.deployTime = deployTime;
    this.stack = stack;
  }

  /**
   * @param deployTime values docker-compose resolves when it deploys the copy: they are written as
   *     they were in the input, variables and all
   */
  static String write(YMap document, DeployTime deployTime) {
    return new AppYaml(deployTime, null).write(document);
  }

  /**
   * The copy for {@code docker stack deploy}, which interpolates every value ({@code version} and
   * {@code x-*} too) and resolves relative paths against the copy's own folder.
   */
  static String writeForStack(YMap document, DeployTime deployTime, StackPaths paths) {
    return new AppYaml(deployTime, paths).write(document);
  }

  private String write(YMap document) {
    List<NodeTuple> top = new ArrayList<>();
    document.all().stream()
        .sorted(Comparator.comparing(e -> e.key().text()))
        .forEach(e -> top.add(new NodeTuple(key(e.key().text()),
            node(e.value(), stack != null || INTERPOLATED.contains(e.key().text()), List.of(e.key().text())))));
    StringBuilder out = new StringBuilder();
    new Dump(SETTINGS).dumpNode(new MappingNode(Tag.MAP, top, FlowStyle.BLOCK), new StreamDataWriter() {
      @Override
      public void write(String str) {
        out.append(str);
      }

      @Override
      public void write(String str, int off, int len) {
        out.append(str, off, off + len);
      }
    });
    return out.toString().replace("\r\n", "\n");
  }

  /**
   * @param interpolated whether docker-compose interpolates this part of the file when it reads the
   *     copy: there a literal {@code $} must be written {@code $$}, as {@code docker-compose config} does
   */
  private Node node(YNode n, boolean interpolated, List<String> path) {
    if (n instanceof YMap map) {
      // a long-syntax mount's source is a path only for a bind mount
      boolean bind = stack != null && StackPaths.mount(path)
          && map.get("type").orElse(null) instanceof YScalar t && "bind".equals(t.text());
      List<NodeTuple> tuples = new ArrayList<>();
      map.all().stream()
          .sorted(Comparator.comparing(e -> e.key().text()))
          .forEach(e -> tuples.add(new NodeTuple(key(e.key().text()), bind && e.key().text().equals("source") && e.value() instanceof YScalar source
              ? scalar(source, interpolated, Move.BIND)
              : node(e.value(), interpolated, child(path, e.key().text())))));
      return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
    }
    if (n instanceof YSeq seq) {
      List<Node> items = new ArrayList<>();
      seq.items().forEach(i -> items.add(node(i, interpolated, child(path, "[]"))));
      return new SequenceNode(Tag.SEQ, items, items.isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }
    Move move = stack == null ? Move.NONE : StackPaths.holdsPath(path) ? Move.FILE
        : StackPaths.holdsBuildContext(path) ? Move.BUILD : StackPaths.mount(path) ? Move.MOUNT : Move.NONE;
    return scalar((YScalar) n, interpolated, move);
  }

  /** How a scalar's text moves with the artifact: not, as a file path, a build context, a bind mount's source, or a short-syntax mount. */
  private enum Move { NONE, FILE, BUILD, BIND, MOUNT }

  private Node scalar(YScalar s, boolean interpolated, Move move) {
    String asWritten = interpolated ? deployTime.asWritten(s.at()).orElse(null) : null;
    if (asWritten != null) {
      return new ScalarNode(Tag.STR, moved(asWritten, true, s.text(), move), ScalarStyle.DOUBLE_QUOTED);
    }
    return switch (s.type()) {
      case NULL -> new ScalarNode(Tag.NULL, "null", ScalarStyle.PLAIN);
      case BOOL -> new ScalarNode(Tag.BOOL, s.bool() ? "true" : "false", ScalarStyle.PLAIN);
      case INT -> new ScalarNode(Tag.INT, s.integer().toString(), ScalarStyle.PLAIN);
      case FLOAT -> new ScalarNode(Tag.FLOAT, Yaml11.representFloat(s.text()), ScalarStyle.PLAIN);
      case STR, TIMESTAMP -> {
        String text = moved(s.text(), false, s.text(), move);
        yield new ScalarNode(Tag.STR, interpolated ? text.replace("$", "$$") : text, ScalarStyle.DOUBLE_QUOTED);
      }
    };
  }

  /** @param here the value as this build resolves it, which says whether a path that uses a variable is relative */
  private String moved(String text, boolean deployTime, String here, Move move) {
    return switch (move) {
      case NONE -> text;
      case FILE -> stack.relocate(text, deployTime, here);
      case BUILD -> stack.relocateBuildContext(text, deployTime, here);
      case BIND -> stack.relocateBindSource(text, deployTime, here);
      case MOUNT -> stack.relocateMount(text, deployTime, here);
    };
  }

  private static List<String> child(List<String> path, String key) {
    List<String> out = new ArrayList<>(path.size() + 1);
    out.addAll(path);
    out.add(key);
    return out;
  }

  /** A key stays plain only when every YAML reader, 1.1 or 1.2, takes it for the same string. */
  private static Node key(String text) {
    boolean plain = PLAIN_KEY.matcher(text).matches() && Yaml11.resolvePlain(text) == ScalarType.STR;
    return new ScalarNode(Tag.STR, text, plain ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED);
  }
}
