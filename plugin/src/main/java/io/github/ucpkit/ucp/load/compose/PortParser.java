package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.model.compose.PortSpec;
import io.github.ucpkit.ucp.model.compose.PortSpec.Protocol;
import io.github.ucpkit.ucp.model.compose.PortSpec.Range;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Docker's port grammar, for {@code ports} (short and long syntax) and {@code expose}. */
final class PortParser {

  private static final Pattern PROTOCOL = Pattern.compile("tcp|udp|sctp");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

  // docker-py's split_port grammar: [[host_ip:][published[-end]]:]target[-end][/protocol]
  private static final Pattern SHORT =
      Pattern.compile(
          "(?:(?:\\[?(?<host>[a-fA-F\\d.:]+)\\]?:)?(?<ext>\\d*)(?:-(?<extEnd>\\d+))?:)?"
              + "(?<int>\\d+)(?:-(?<intEnd>\\d+))?(?:/(?<proto>udp|tcp|sctp))?");
  private static final Pattern EXPOSE = Pattern.compile("(?<int>\\d+)(?:-(?<intEnd>\\d+))?(?:/(?<proto>[a-zA-Z]+))?");

  private static final String FORM = "[[HOST_IP:]PUBLISHED[-END]:]TARGET[-END][/PROTOCOL]";

  private PortParser() {}

  static PortSpec port(YNode node) {
    if (node instanceof YMap map) {
      return longSyntax(map);
    }
    if (!(node instanceof YScalar s) || !(s.isString() || s.type() == ScalarType.INT)) {
      return new PortSpec.Invalid(text(node), "a port must be a string, a number or a mapping", node.at());
    }
    String text = s.value();
    Matcher m = SHORT.matcher(text);
    if (!m.matches()) {
      return new PortSpec.Invalid(text, "it does not match " + FORM, s.at());
    }
    Optional<Range> target = range(m.group("int"), m.group("intEnd"));
    if (target.isEmpty()) {
      return new PortSpec.Invalid(text, "the container range ends below its start", s.at());
    }
    Optional<Range> published = Optional.empty();
    String ext = m.group("ext");
    if (ext != null && ext.isEmpty() && m.group("host") == null) {
      // docker-py reads ":80" as an empty published side, which cannot match one container port
      return new PortSpec.Invalid(text, "the published port before \":\" is empty", s.at());
    }
    if (ext != null && !ext.isEmpty()) {
      published = range(ext, m.group("extEnd"));
      if (published.isEmpty()) {
        return new PortSpec.Invalid(text, "the published range ends below its start", s.at());
      }
      // one container port with a published range is valid: the engine picks a free port from it
      if (published.get().length() != target.get().length() && target.get().length() != 1) {
        return new PortSpec.Invalid(
            text,
            "the published range (" + published.get() + ") and the container range (" + target.get() + ") differ in length",
            s.at());
      }
    }
    return new PortSpec.Mapping(
        text, Optional.ofNullable(m.group("host")), published, target.get(), protocol(m.group("proto")), s.at());
  }

  static PortSpec expose(YNode node) {
    if (!(node instanceof YScalar s) || !(s.isString() || s.type() == ScalarType.INT)) {
      return new PortSpec.Invalid(text(node), "an exposed port must be a string or a number", node.at());
    }
    Matcher m = EXPOSE.matcher(s.value());
    if (!m.matches()) {
      return new PortSpec.Invalid(s.value(), "it does not match PORT[-END][/PROTOCOL]", s.at());
    }
    Optional<Range> target = range(m.group("int"), m.group("intEnd"));
    String proto = m.group("proto");
    if (target.isEmpty()) {
      return new PortSpec.Invalid(s.value(), "the range ends below its start", s.at());
    }
    if (proto != null && !PROTOCOL.matcher(proto.toLowerCase(Locale.ROOT)).matches()) {
      return new PortSpec.Invalid(s.value(), "protocol \"" + proto + "\" is not tcp, udp or sctp", s.at());
    }
    return new PortSpec.Mapping(s.value(), Optional.empty(), Optional.empty(), target.get(), protocol(proto), s.at());
  }

  private static PortSpec longSyntax(YMap map) {
    Optional<Long> target = number(map.get("target"));
    if (target.isEmpty()) {
      return new PortSpec.Invalid("{...}", "a long-syntax port needs an integer target", map.at());
    }
    Optional<Range> published = number(map.get("published")).map(p -> new Range(p, p));
    String proto = map.get("protocol").filter(n -> n instanceof YScalar).map(n -> ((YScalar) n).value()).orElse("tcp");
    if (!PROTOCOL.matcher(proto).matches()) {
      return new PortSpec.Invalid("{...}", "protocol \"" + proto + "\" is not tcp, udp or sctp", map.at());
    }
    String text = published.map(p -> p + ":").orElse("") + target.get() + "/" + proto;
    return new PortSpec.Mapping(text, Optional.empty(), published, new Range(target.get(), target.get()), protocol(proto), map.at());
  }

  private static Optional<Long> number(Optional<YNode> node) {
    if (node.isPresent() && node.get() instanceof YScalar s) {
      if (s.type() == ScalarType.INT && s.integer().bitLength() < 63) {
        return Optional.of(s.integer().longValue());
      }
      if (s.isString() && NUMBER.matcher(s.text()).matches()) {
        return Optional.of(Long.parseLong(s.text()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Range> range(String start, String end) {
    if (start.length() > 18 || (end != null && end.length() > 18)) {
      return Optional.of(new Range(Long.MAX_VALUE, Long.MAX_VALUE));
    }
    long first = Long.parseLong(start);
    long last = end == null ? first : Long.parseLong(end);
    return last < first ? Optional.empty() : Optional.of(new Range(first, last));
  }

  private static Protocol protocol(String proto) {
    return proto == null ? Protocol.TCP : Protocol.valueOf(proto.toUpperCase(Locale.ROOT));
  }

  private static String text(YNode node) {
    return node instanceof YScalar s ? s.value() : node.describe();
  }
}
