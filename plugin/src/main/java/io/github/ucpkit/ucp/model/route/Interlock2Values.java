package io.github.ucpkit.ucp.model.route;

import io.github.ucpkit.ucp.model.compose.Interlock2.Key;
import io.github.ucpkit.ucp.model.route.RouteOptions.CookieName;
import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.DockerName;
import io.github.ucpkit.ucp.model.value.Port;
import io.github.ucpkit.ucp.model.value.UrlPath;
import io.github.ucpkit.ucp.model.value.WebUrl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The syntax of each {@code com.docker.lb.*} value, read once for the route and for the rules that
 * explain a mistake (the rules call the same methods, so a value the route refuses is always
 * reported). Lists ({@code hosts}, {@code websocket_endpoints}) are comma-separated and each entry
 * is trimmed of spaces: MKE's own label table writes {@code example.com, test.com}, and Interlock's
 * template writes each host into a whitespace-separated {@code server_name}, where a space around
 * it vanishes. Booleans are {@code true} or {@code false}, the two values the documentation uses.
 */
public final class Interlock2Values {

  /** Entries a list may hold: more would be a generated value, not a routing decision. */
  static final int MAX_ENTRIES = 100;

  private Interlock2Values() {}

  /** The labels whose value is a boolean. */
  public static final List<Key> BOOLEANS =
      List.of(Key.CONTEXT_ROOT_REWRITE, Key.SSL_PASSTHROUGH, Key.DEFAULT_BACKEND, Key.IP_HASH);

  /**
   * Why the value of {@code key} does not have its label's syntax, for the labels whose value is read
   * on its own (everything but the network, the TLS secrets, the context root and the redirects, which
   * relate to the rest of the file and have rules of their own); empty when it is fine.
   */
  public static Optional<String> problem(Key key, String value) {
    return switch (key) {
      case HOSTS -> hosts(value).why();
      case PORT -> port(value).why();
      case WEBSOCKET_ENDPOINTS -> websockets(value).why();
      case SERVICE_CLUSTER -> cluster(value).why();
      case STICKY_SESSION_COOKIE -> cookie(value).why();
      case BACKEND_MODE -> vip(value).why();
      case CONTEXT_ROOT_REWRITE, SSL_PASSTHROUGH, DEFAULT_BACKEND, IP_HASH -> bool(value).why();
      default -> Optional.empty();
    };
  }

  /** {@code a.example.com,b.example.com}: DNS names, each once (the first spelling kept), in the order written. */
  public static Parsed<List<DnsName>> hosts(String value) {
    Parsed<List<String>> entries = entries(value, "host");
    if (!entries.ok()) {
      return Parsed.fail(entries.problem());
    }
    Set<DnsName> out = new LinkedHashSet<>();
    for (String entry : entries.value()) {
      Optional<DnsName> name = DnsName.parse(entry);
      if (name.isEmpty()) {
        return Parsed.fail("whose entry " + quote(entry) + " is not a valid DNS name: "
            + DnsName.problem(entry).orElse("it is not a host name") + hostHint(entry));
      }
      out.add(name.get());
    }
    return Parsed.ok(List.copyOf(out));
  }

  /** A container port: a plain number from 1 to 65535, as Interlock writes it after the task's address. */
  public static Parsed<Port> port(String value) {
    Optional<Port> port = Port.parse(value);
    if (port.isEmpty()) {
      return Parsed.fail("which is not a port number (1-65535)" + (value.contains(":")
          ? "; write only the container port, the part after the last \":\"" : ""));
    }
    if (!value.equals(port.get().toString())) {
      return Parsed.fail("written with leading zeros; write " + port.get());
    }
    return Parsed.ok(port.get());
  }

  /** {@code /ws,/chat}: URL paths other than {@code /}, each once, sorted. */
  public static Parsed<List<UrlPath>> websockets(String value) {
    Parsed<List<String>> entries = entries(value, "path");
    if (!entries.ok()) {
      return Parsed.fail(entries.problem());
    }
    Set<UrlPath> out = new java.util.TreeSet<>();
    for (String entry : entries.value()) {
      Optional<UrlPath> path = UrlPath.parse(entry);
      if (path.isEmpty()) {
        return Parsed.fail("whose entry " + quote(entry) + " is not a URL path such as /ws (letters, digits and . _ ~ / -,"
            + " starting with /)");
      }
      if (path.get().value().equals("/")) {
        return Parsed.fail("its entry \"/\" would upgrade every request of the service; name the paths that speak websocket");
      }
      out.add(path.get());
    }
    return Parsed.ok(List.copyOf(out));
  }

  /** A service cluster's name, as the extension's {@code ServiceCluster} setting spells it. */
  public static Parsed<DockerName> cluster(String value) {
    return DockerName.parse(value).filter(n -> value.length() <= 64).map(Parsed::ok)
        .orElseGet(() -> Parsed.fail("which is not a service cluster name (letters, digits, \"_\", \".\", \"-\", starting"
            + " with a letter or digit, at most 64 characters)"));
  }

  /** A cookie name nginx can read: Interlock's template hashes on {@code $cookie_<name>}. */
  public static Parsed<CookieName> cookie(String value) {
    return CookieName.parse(value).map(Parsed::ok)
        .orElseGet(() -> Parsed.fail("which nginx cannot read as $cookie_" + value + ": a cookie name here may hold only"
            + " letters, digits and \"_\" (nginx variable names end at any other character)"));
  }

  /** {@code task} (the default) or {@code vip}: true for vip. */
  public static Parsed<Boolean> vip(String value) {
    return switch (value) {
      case "task" -> Parsed.ok(false);
      case "vip" -> Parsed.ok(true);
      default -> Parsed.fail("which is neither \"task\" nor \"vip\"");
    };
  }

  public static Parsed<Boolean> bool(String value) {
    return switch (value) {
      case "true" -> Parsed.ok(true);
      case "false" -> Parsed.ok(false);
      default -> Parsed.fail("which is neither \"true\" nor \"false\"");
    };
  }

  /** A Docker secret's name, as Interlock mounts it into the proxy. */
  public static Parsed<DockerName> secret(String value) {
    return DockerName.parse(value).map(Parsed::ok)
        .orElseGet(() -> Parsed.fail("which is not a Docker secret name (letters, digits, \"_\", \".\", \"-\", starting with"
            + " a letter or digit)"));
  }

  /**
   * One path prefix, {@code /app}; a trailing slash is dropped ({@code /app/} serves the same paths),
   * and {@code /} is every path, as without the label. Interlock serves one context root per host, so
   * a list is refused.
   */
  public static Parsed<UrlPath> contextRoot(String value) {
    if (value.contains(",") || value.contains(";")) {
      return Parsed.fail("which lists several paths; Interlock serves one context root per host (give each path a"
          + " service and a host of its own)");
    }
    String trimmed = value.length() > 1 && value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    Optional<UrlPath> path = UrlPath.parse(trimmed);
    if (path.isEmpty()) {
      return Parsed.fail("which is not a URL path such as /app (letters, digits and . _ ~ / -, starting with /)");
    }
    return Parsed.ok(path.get());
  }

  /** {@code http://old,http://new;https://a,https://b}: pairs of a source and a target URL. */
  public static Parsed<List<Pair>> redirects(String value) {
    List<Pair> out = new ArrayList<>();
    String[] pairs = value.split(";", -1);
    if (pairs.length > MAX_ENTRIES) {
      return Parsed.fail("which lists more than " + MAX_ENTRIES + " redirects");
    }
    for (String pair : pairs) {
      String[] parts = pair.trim().split(",", -1);
      if (parts.length != 2) {
        return Parsed.fail((pairs.length == 1 ? "which" : "whose entry " + quote(pair))
            + " is not a pair \"<from>,<to>\" (pairs are separated by \";\")");
      }
      String from = parts[0].trim();
      String to = parts[1].trim();
      Optional<String> bad = WebUrl.problem(from).map(p -> "whose source " + quote(from) + " is not a URL: " + p)
          .or(() -> WebUrl.problem(to).map(p -> "whose target " + quote(to) + " is not a URL: " + p));
      if (bad.isPresent()) {
        return Parsed.fail(bad.get());
      }
      WebUrl source = WebUrl.parse(from).orElseThrow();
      if (!source.bare()) {
        return Parsed.fail("whose source " + quote(from) + " has a port or path; Interlock redirects a whole host, written"
            + " as scheme://host");
      }
      out.add(new Pair(source, WebUrl.parse(to).orElseThrow()));
    }
    return Parsed.ok(List.copyOf(out));
  }

  /** One redirect as written. */
  public record Pair(WebUrl from, WebUrl to) {}

  private static Parsed<List<String>> entries(String value, String what) {
    String[] parts = value.split(",", -1);
    if (parts.length > MAX_ENTRIES) {
      return Parsed.fail("which lists more than " + MAX_ENTRIES + " " + what + "s");
    }
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      String entry = part.strip();
      if (entry.isEmpty()) {
        return Parsed.fail(value.isBlank() ? "which names no " + what
            : "which has an empty entry (two commas in a row, or a comma at the start or end)");
      }
      out.add(entry);
    }
    return Parsed.ok(out);
  }

  private static String hostHint(String entry) {
    if (entry.contains("://") || entry.contains("/") || entry.contains(":")) {
      return " (write the bare name, without scheme, port or path)";
    }
    if (entry.contains("*")) {
      return " (list each name; wildcards are not routed)";
    }
    if (entry.contains(" ")) {
      return " (separate names with commas)";
    }
    return "";
  }

  /** Text in double quotes with quotes, backslashes and control characters escaped; long text shortened. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < text.length() && shown < 80; i++, shown++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.SURROGATE || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u{%04X}", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(text.length() > 80 ? "...\"" : "\"").toString();
  }
}
