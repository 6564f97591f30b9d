package io.github.ucpkit.ucp.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.api.lowlevel.Present;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;

/**
 * Mutates YAML as a stream of parser events, so that most mutants are still YAML and reach the
 * checks behind the parser: replace a value with one from {@link Dictionary}, change its quoting,
 * delete, duplicate or insert a mapping entry or list item, splice in a node from another seed,
 * anchor a node and alias it elsewhere, wrap a node in a list. A few mutants are changed as text
 * instead (a character, a line), which reaches the parser's own error paths.
 */
final class Mutator {

  private final Random random;
  private final List<List<Event>> donors;
  private int anchors;

  Mutator(Random random, List<String> donorTexts) {
    this.random = random;
    this.donors = new ArrayList<>();
    for (String text : donorTexts) {
      events(text).ifPresent(donors::add);
    }
  }

  FuzzInput mutate(FuzzInput in) {
    int what = random.nextInt(10);
    if (what < 7 || in.env().isEmpty() && in.topology().isEmpty()) {
      return new FuzzInput(yaml(in.compose()), in.env(), in.topology());
    }
    if (what < 9) {
      return new FuzzInput(in.compose(), Optional.of(env(in.env().orElse(""))), in.topology());
    }
    return new FuzzInput(in.compose(), in.env(), in.topology().map(this::yaml));
  }

  String yaml(String text) {
    Optional<List<Event>> parsed = events(text);
    if (parsed.isEmpty() || random.nextInt(10) == 0) {
      return textual(text);
    }
    List<Event> events = new ArrayList<>(parsed.get());
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      structural(events);
    }
    try {
      return new Present(DumpSettings.builder().build()).emitToString(events.iterator());
    } catch (RuntimeException e) {
      return textual(text);
    }
  }

  private void structural(List<Event> events) {
    List<Integer> nodes = new ArrayList<>();
    List<Integer> scalars = new ArrayList<>();
    List<Integer> collections = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      switch (e.getEventId()) {
        case Scalar -> { nodes.add(i); scalars.add(i); }
        case Alias -> nodes.add(i);
        case MappingStart, SequenceStart -> { nodes.add(i); collections.add(i); }
        default -> { }
      }
    }
    if (nodes.isEmpty()) {
      return;
    }
    switch (random.nextInt(9)) {
      case 0, 1, 2 -> {
        if (!scalars.isEmpty()) {
          int i = pick(scalars);
          events.set(i, scalar(anchorOf(events.get(i)), Dictionary.value(random)));
        }
      }
      case 3 -> {
        if (!scalars.isEmpty()) {
          int i = pick(scalars);
          ScalarEvent s = (ScalarEvent) events.get(i);
          events.set(i, new ScalarEvent(s.getAnchor(), Optional.empty(), new ImplicitTuple(true, true), s.getValue(), style()));
        }
      }
      case 4 -> removeChild(events, collections);
      case 5 -> insertEntry(events, collections);
      case 6 -> duplicateChild(events, collections);
      case 7 -> splice(events, pick(nodes));
      default -> alias(events, nodes);
    }
  }

  /** Removes a list item, or a mapping entry (key and value), so the document stays whole. */
  private void removeChild(List<Event> events, List<Integer> collections) {
    int[] child = child(events, collections);
    if (child != null) {
      events.subList(child[0], child[1]).clear();
    }
  }

  /** Repeats a list item, or a mapping entry: the same key (a duplicate key) or a new one. */
  private void duplicateChild(List<Event> events, List<Integer> collections) {
    int[] child = child(events, collections);
    if (child == null) {
      return;
    }
    List<Event> copy = new ArrayList<>(events.subList(child[0], child[1]));
    copy.replaceAll(Mutator::withoutAnchor);
    if (child[2] == 1 && random.nextBoolean()) {
      copy.set(0, scalar(Optional.empty(), Dictionary.key(random)));
    }
    events.addAll(child[1], copy);
  }

  /** A random child of a random collection: {start, end, 1 if it is a mapping entry}, or null. */
  private int[] child(List<Event> events, List<Integer> collections) {
    if (collections.isEmpty()) {
      return null;
    }
    int parent = pick(collections);
    List<Integer> children = new ArrayList<>();
    for (int j = parent + 1; j < events.size(); j = end(events, j)) {
      Event.ID id = events.get(j).getEventId();
      if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
        break;
      }
      children.add(j);
    }
    boolean mapping = events.get(parent).getEventId() == Event.ID.MappingStart;
    if (children.size() < (mapping ? 2 : 1)) {
      return null;
    }
    int k = random.nextInt(mapping ? children.size() / 2 : children.size()) * (mapping ? 2 : 1);
    int from = children.get(k);
    return new int[] {from, end(events, mapping ? children.get(k + 1) : from), mapping ? 1 : 0};
  }

  private void insertEntry(List<Event> events, List<Integer> collections) {
    if (collections.isEmpty()) {
      return;
    }
    int i = pick(collections);
    List<Event> value = switch (random.nextInt(4)) {
      case 0 -> List.of(new SequenceStartEvent(Optional.empty(), Optional.empty(), true, flow()),
          scalar(Optional.empty(), Dictionary.value(random)), new SequenceEndEvent());
      case 1 -> List.of(new MappingStartEvent(Optional.empty(), Optional.empty(), true, flow()),
          scalar(Optional.empty(), Dictionary.key(random)), scalar(Optional.empty(), Dictionary.value(random)),
          new MappingEndEvent());
      default -> List.of(scalar(Optional.empty(), Dictionary.value(random)));
    };
    List<Event> entry = new ArrayList<>();
    if (events.get(i).getEventId() == Event.ID.MappingStart) {
      entry.add(scalar(Optional.empty(), Dictionary.key(random)));
    }
    entry.addAll(value);
    events.addAll(i + 1, entry);
  }

  /** Replaces the node at i with a node of another seed that holds no alias. */
  private void splice(List<Event> events, int i) {
    if (donors.isEmpty()) {
      return;
    }
    List<Event> donor = donors.get(random.nextInt(donors.size()));
    List<Integer> starts = new ArrayList<>();
    for (int j = 0; j < donor.size(); j++) {
      Event.ID id = donor.get(j).getEventId();
      if (id == Event.ID.Scalar || id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
        starts.add(j);
      }
    }
    if (starts.isEmpty()) {
      return;
    }
    int from = pick(starts);
    List<Event> part = new ArrayList<>(donor.subList(from, end(donor, from)));
    if (part.stream().anyMatch(e -> e.getEventId() == Event.ID.Alias)) {
      return;
    }
    part.replaceAll(Mutator::withoutAnchor);
    int end = end(events, i);
    events.subList(i, end).clear();
    events.addAll(i, part);
  }

  /** Anchors a node and replaces a later node with an alias to it: sharing, and alias bombs when nested. */
  private void alias(List<Event> events, List<Integer> nodes) {
    int i = pick(nodes);
    if (events.get(i).getEventId() == Event.ID.Alias) {
      return;
    }
    int end = end(events, i);
    List<Integer> later = nodes.stream().filter(n -> n >= end).toList();
    if (later.isEmpty()) {
      return;
    }
    Anchor anchor = new Anchor("f" + anchors++);
    events.set(i, withAnchor(events.get(i), anchor));
    int j = pick(later);
    int jEnd = end(events, j);
    events.subList(j, jEnd).clear();
    events.add(j, new AliasEvent(Optional.of(anchor)));
  }

  /** Index after the node starting at i. */
  static int end(List<Event> events, int i) {
    int depth = 0;
    int j = i;
    do {
      Event.ID id = events.get(j).getEventId();
      if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
        depth++;
      } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
        depth--;
      }
      j++;
    } while (depth > 0 && j < events.size());
    return j;
  }

  private String env(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = random.nextInt(lines.size() + 1);
    if (random.nextInt(4) == 0 && at < lines.size()) {
      lines.set(at, Dictionary.envLine(random));
    } else {
      lines.add(at, Dictionary.envLine(random));
    }
    return String.join("\n", lines);
  }

  private String textual(String text) {
    if (text.isEmpty()) {
      return Dictionary.value(random);
    }
    int at = random.nextInt(text.length());
    return switch (random.nextInt(4)) {
      case 0 -> text.substring(0, at) + Dictionary.character(random) + text.substring(at);
      case 1 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
      case 2 -> {
        int lineStart = at == 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', lineStart);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        yield text.substring(0, lineStart) + line + "\n" + text.substring(lineStart);
      }
      default -> text.substring(0, at) + Dictionary.value(random) + text.substring(at);
    };
  }

  private ScalarEvent scalar(Optional<Anchor> anchor, String value) {
    return new ScalarEvent(anchor, Optional.empty(), new ImplicitTuple(true, true), value, style());
  }

  private ScalarStyle style() {
    return switch (random.nextInt(4)) {
      case 0 -> ScalarStyle.DOUBLE_QUOTED;
      case 1 -> ScalarStyle.SINGLE_QUOTED;
      default -> ScalarStyle.PLAIN;
    };
  }

  private FlowStyle flow() {
    return random.nextBoolean() ? FlowStyle.FLOW : FlowStyle.BLOCK;
  }

  private static Optional<Anchor> anchorOf(Event e) {
    return e instanceof NodeEvent n ? n.getAnchor() : Optional.empty();
  }

  private static Event withoutAnchor(Event e) {
    return withAnchor(e, null);
  }

  private static Event withAnchor(Event e, Anchor anchor) {
    Optional<Anchor> a = Optional.ofNullable(anchor);
    if (e instanceof ScalarEvent s) {
      return new ScalarEvent(a, s.getTag(), s.getImplicit(), s.getValue(), s.getScalarStyle());
    }
    if (e instanceof MappingStartEvent m) {
      return new MappingStartEvent(a, m.getTag(), m.isImplicit(), m.getFlowStyle());
    }
    if (e instanceof SequenceStartEvent q) {
      return new SequenceStartEvent(a, q.getTag(), q.isImplicit(), q.getFlowStyle());
    }
    return e;
  }

  private int pick(List<Integer> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static Optional<List<Event>> events(String text) {
    try {
      List<Event> out = new ArrayList<>();
      new Parse(LoadSettings.builder().build()).parseString(text).forEach(out::add);
      return Optional.of(out);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
