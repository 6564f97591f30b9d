package io.github.ucpkit.ucp.load.yaml;

import io.github.ucpkit.ucp.model.yaml.*;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.load.LoadFindings;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * Builds the tree from parser events, one event at a time, with an explicit stack. Mirrors PyYAML's
 * composer and SafeConstructor: one document per file, merge keys ({@code <<}) where explicit keys
 * win and earlier merged mappings beat later ones, and last-wins duplicate keys (reported).
 */
final class Composer {

  /** Ends reading at the first problem that makes the rest of the file meaningless. */
  static final class Stop extends RuntimeException {
    private final transient Diagnostic diagnostic;

    Stop(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
      return diagnostic;
    }
  }

  /** A node with what it costs once aliases are expanded: its nodes and its characters. */
  private record Sized(YNode node, long size, long chars) {}

  private abstract static class Frame {
    final Location at;
    final Optional<String> anchor;
    long size = 1;
    long chars;

    Frame(Location at, Optional<String> anchor) {
      this.at = at;
      this.anchor = anchor;
    }

    abstract void add(Sized child);

    abstract YNode build();
  }

  private static final class SeqFrame extends Frame {
    final List<YNode> items = new ArrayList<>();

    SeqFrame(Location at, Optional<String> anchor) {
      super(at, anchor);
    }

    @Override
    void add(Sized child) {
      items.add(child.node());
      size += child.size();
      chars += child.chars();
    }

    @Override
    YNode build() {
      return new YSeq(items, at);
    }
  }

  private final class MapFrame extends Frame {
    final Map<String, YMap.Entry> explicit = new LinkedHashMap<>();
    final List<YNode> merges = new ArrayList<>();
    YScalar pendingKey;
    boolean pendingMerge;

    MapFrame(Location at, Optional<String> anchor) {
      super(at, anchor);
    }

    @Override
    void add(Sized child) {
      size += child.size();
      chars += child.chars();
      if (pendingKey == null && !pendingMerge) {
        if (!(child.node() instanceof YScalar key)) {
          throw stop(
              LoadFindings.YAML_SYNTAX.at(
                  child.node().at(),
                  "a mapping key must be a plain value, not " + child.node().describe(),
                  ""));
        }
        if (key.plain() && key.text().equals("<<")) {
          pendingMerge = true;
        } else {
          pendingKey = key;
        }
        return;
      }
      if (pendingMerge) {
        merges.add(child.node());
        pendingMerge = false;
        return;
      }
      YMap.Entry previous = explicit.get(pendingKey.text());
      if (previous != null) {
        diagnostics.add(
            LoadFindings.DUPLICATE_KEY.at(
                pendingKey.at(),
                "key \"" + pendingKey.text() + "\" is repeated (first at line " + previous.key().at().line()
                    + "); docker-compose silently keeps only this last value",
                "remove one of the two; if you meant to combine them, merge their contents"));
        explicit.put(pendingKey.text(), new YMap.Entry(previous.key(), child.node()));
      } else {
        explicit.put(pendingKey.text(), new YMap.Entry(pendingKey, child.node()));
      }
      pendingKey = null;
    }

    @Override
    YNode build() {
      Map<String, YMap.Entry> merged = new LinkedHashMap<>();
      for (YNode m : merges) {
        List<YNode> sources = m instanceof YSeq seq ? seq.items() : List.of(m);
        for (YNode source : sources) {
          if (!(source instanceof YMap map)) {
            throw stop(
                LoadFindings.YAML_SYNTAX.at(
                    source.at(),
                    "a merge key (<<) needs a mapping or a list of mappings, not " + source.describe(),
                    ""));
          }
          for (YMap.Entry e : map.all()) {
            if (!explicit.containsKey(e.key().text())) {
              merged.putIfAbsent(e.key().text(), e);
            }
          }
        }
      }
      merged.putAll(explicit);
      return new YMap(merged, at);
    }
  }

  private final Path file;
  private final YamlLimits limits;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Map<String, Sized> anchors = new HashMap<>();
  private final List<TabCheck.Span> textSpans = new ArrayList<>();
  private long nodes;
  private long chars;
  private int documents;
  private YNode root;

  Composer(Path file, YamlLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Where quoted and block scalars lie, in source order. */
  List<TabCheck.Span> textSpans() {
    return textSpans;
  }

  Optional<YNode> root() {
    return Optional.ofNullable(root);
  }

  void accept(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> {
        if (++documents > 1) {
          throw stop(
              LoadFindings.YAML_SYNTAX.at(
                  at(event),
                  "a second YAML document starts here; a Compose file holds exactly one",
                  "remove the extra '---' and everything after it, or move it to its own file"));
        }
      }
      case MappingStart -> push(new MapFrame(at(event), anchorOf(event)), (CollectionStartEvent) event);
      case SequenceStart -> push(new SeqFrame(at(event), anchorOf(event)), (CollectionStartEvent) event);
      case MappingEnd, SequenceEnd -> {
        Frame frame = stack.pop();
        deliver(new Sized(frame.build(), frame.size, frame.chars), frame.anchor);
      }
      case Scalar -> {
        ScalarEvent s = (ScalarEvent) event;
        count(1, s.getValue().length(), event);
        deliver(new Sized(scalar(s), 1, s.getValue().length()), anchorOf(event));
      }
      case Alias -> {
        String name = ((AliasEvent) event).getAlias().getValue();
        Sized target = anchors.get(name);
        if (target == null) {
          throw stop(LoadFindings.YAML_SYNTAX.at(at(event), "alias *" + name + " names no anchor", ""));
        }
        count(target.size(), target.chars(), event);
        deliver(target, Optional.empty());
      }
      default -> {
        // stream and document ends carry nothing
      }
    }
  }

  private void push(Frame frame, CollectionStartEvent event) {
    event.getTag().ifPresent(tag -> checkCollectionTag(tag, event));
    if (stack.size() >= limits.maxDepth()) {
      throw stop(
          LoadFindings.LIMIT.at(
              frame.at,
              "nesting is deeper than " + limits.maxDepth() + " levels",
              "a Compose file needs only a few levels; flatten the structure"));
    }
    count(1, 0, event);
    stack.push(frame);
  }

  private void deliver(Sized node, Optional<String> anchor) {
    anchor.ifPresent(a -> anchors.put(a, node));
    if (stack.isEmpty()) {
      root = node.node();
    } else {
      stack.peek().add(node);
    }
  }

  private void count(long n, long length, Event event) {
    nodes += n;
    chars += length;
    if (nodes > limits.maxNodes()) {
      throw stop(
          LoadFindings.LIMIT.at(
              at(event),
              "the document expands to more than " + limits.maxNodes() + " nodes (aliases count what they repeat)",
              "this is what an alias bomb looks like; use fewer, flatter anchors"));
    }
    if (chars > limits.maxChars()) {
      throw stop(
          LoadFindings.LIMIT.at(
              at(event),
              "the document expands to more than " + limits.maxChars() + " characters of keys and values"
                  + " (aliases count what they repeat)",
              "an alias repeats all of its anchor's text; anchor less text, or write the large value once"));
    }
  }

  private YScalar scalar(ScalarEvent s) {
    Location where = at(s);
    String text = s.getValue();
    if (!s.isPlain() && s.getStartMark().isPresent() && s.getEndMark().isPresent()) {
      textSpans.add(new TabCheck.Span(s.getStartMark().get().getIndex(), s.getEndMark().get().getIndex()));
    }
    Optional<String> tag = s.getTag();
    if (tag.isPresent()) {
      ScalarType type =
          Yaml11.resolveTag(tag.get())
              .orElseThrow(
                  () ->
                      stop(
                          LoadFindings.YAML_SYNTAX.at(
                              where,
                              "tag " + tag.get() + " is not a YAML 1.1 standard type; docker-compose's loader rejects it",
                              "remove the tag")));
      if (type != ScalarType.STR && type != ScalarType.NULL && !fits(text, type)) {
        throw stop(LoadFindings.YAML_SYNTAX.at(where, "\"" + Snippet.of(text) + "\" is not " + type.description(), ""));
      }
      return bounded(new YScalar(text, type, false, where));
    }
    if (!s.isPlain()) {
      return new YScalar(text, ScalarType.STR, false, where);
    }
    if (text.equals("=")) {
      throw stop(
          LoadFindings.YAML_SYNTAX.at(
              where,
              "a plain '=' is YAML 1.1's value tag, which docker-compose's loader cannot construct",
              "quote it: '='"));
    }
    return bounded(new YScalar(text, Yaml11.resolvePlain(text), true, where));
  }

  /** Refuses a number whose size alone would make PyYAML fail or the rest of the run do unbounded work. */
  private static YScalar bounded(YScalar s) {
    Optional<String> why = Yaml11.tooLarge(s.text(), s.type());
    if (why.isPresent()) {
      throw stop(LoadFindings.NUMBER.at(
          s.at(),
          "\"" + Snippet.of(s.text()) + "\" is " + why.get(),
          "quote it if it is text; a number this large is never a valid setting"));
    }
    return s;
  }

  private static boolean fits(String text, ScalarType type) {
    ScalarType plain = Yaml11.resolvePlain(text);
    return plain == type || (type == ScalarType.FLOAT && plain == ScalarType.INT);
  }

  private void checkCollectionTag(String tag, Event event) {
    if (!List.of("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:omap",
            "tag:yaml.org,2002:set", "tag:yaml.org,2002:pairs", "!").contains(tag)) {
      throw stop(
          LoadFindings.YAML_SYNTAX.at(
              at(event),
              "tag " + tag + " is not a YAML 1.1 standard type; docker-compose's loader rejects it",
              "remove the tag"));
    }
  }

  private Location at(Event event) {
    return YamlReader.location(file, event.getStartMark());
  }

  private static Optional<String> anchorOf(Event event) {
    return event instanceof NodeEvent n ? n.getAnchor().map(a -> a.getValue()) : Optional.empty();
  }

  private static Stop stop(Diagnostic d) {
    return new Stop(d);
  }
}
