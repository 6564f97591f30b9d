package io.github.ucpkit.ucp.check.lb;

import io.github.ucpkit.ucp.model.value.DnsName;
import io.github.ucpkit.ucp.model.value.UrlPath;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value grammars of Interlock's option labels, as LB-VAL-002 enforces them. Each method returns
 * why a value is refused, or nothing. Multi-word values (a health check, a backend option) are words
 * separated by single spaces; LB-VAL-001 has already refused every other separator.
 */
final class OptionGrammar {

  /** What is wrong (completing "label ... is "value", ...") and what to write instead. */
  record Problem(String message, String hint) {}

  /** HAProxy's {@code balance} algorithms that need no argument. */
  static final List<String> BALANCE =
      List.of("roundrobin", "static-rr", "leastconn", "first", "source", "uri", "random");

  /** HAProxy {@code option} names a backend may carry without arguments: Interlock writes {@code option <value>}. */
  static final List<String> HAPROXY_BACKEND_OPTIONS =
      List.of("redispatch", "abortonclose", "allbackups", "forwardfor", "http-keep-alive", "http-server-close",
          "log-health-checks");

  /** nginx {@code upstream} directives without arguments. */
  static final List<String> NGINX_UPSTREAM_FLAGS = List.of("least_conn");

  /** nginx {@code upstream} directives with one numeric argument. */
  static final List<String> NGINX_UPSTREAM_COUNTS = List.of("keepalive", "keepalive_requests");

  static final String BACKEND_OPTIONS_ACCEPTED =
      "nginx upstream directives keepalive N, keepalive_requests N, keepalive_timeout TIME and least_conn, or"
          + " the HAProxy backend options " + String.join(", ", HAPROXY_BACKEND_OPTIONS);

  private static final List<String> CHECK_KEYWORDS =
      List.of("httpchk", "tcp-check", "ssl-hello-chk", "smtpchk", "ldap-check", "redis-check", "mysql-check",
          "pgsql-check");
  private static final List<String> METHODS = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH");
  private static final List<String> VERSIONS = List.of("HTTP/1.0", "HTTP/1.1");
  private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~=&+-]*");
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,10}");
  private static final Pattern TIME = Pattern.compile("([0-9]{1,9})(ms|s|m|h)?");
  private static final Pattern HEADER = Pattern.compile("hdr\\(([A-Za-z0-9-]{1,64})\\)");
  private static final Pattern RANDOM = Pattern.compile("random\\(([0-9]{1,3})\\)");
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._+-]{0,254}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");

  private OptionGrammar() {}

  static Optional<Problem> problem(String message, String hint) {
    return Optional.of(new Problem(message, hint));
  }

  static Optional<Problem> oneOf(String value, String what, String... allowed) {
    List<String> list = Arrays.asList(allowed);
    if (list.contains(value)) {
      return Optional.empty();
    }
    String choices = String.join(" or ", list);
    String lower = value.toLowerCase(Locale.ROOT).trim();
    return problem("which is not " + what + " (" + choices + ")",
        list.contains(lower) ? "write " + LabelValues.quote(lower) + ": the value is case-sensitive" : "write " + choices);
  }

  /** {@code health_check_interval}: milliseconds, a positive whole number. */
  static Optional<Problem> interval(String value) {
    if (!NUMBER.matcher(value).matches()) {
      var unit = TIME.matcher(value);
      String hint = unit.matches() && unit.group(2) != null
          ? "write milliseconds as a plain number (" + millis(Long.parseLong(unit.group(1)), unit.group(2)) + " for "
              + value + ")"
          : "write the interval in milliseconds as a plain number, such as 5000";
      return problem("which is not a whole number of milliseconds (Interlock cannot parse it and leaves the service"
          + " out of the proxy config)", hint);
    }
    long ms = Long.parseLong(value);
    if (ms == 0) {
      return problem("which is not a positive interval (Interlock silently uses 5000 instead)",
          "write a positive number of milliseconds, or remove the label for the default of 5000");
    }
    if (ms > Integer.MAX_VALUE) {
      return problem("which is larger than HAProxy's largest interval (" + Integer.MAX_VALUE + " ms)",
          "write a smaller number of milliseconds, such as 5000");
    }
    return Optional.empty();
  }

  private static String millis(long n, String unit) {
    switch (unit) {
      case "s":
        return Long.toString(n * 1000);
      case "m":
        return Long.toString(n * 60_000);
      case "h":
        return Long.toString(n * 3_600_000);
      default:
        return Long.toString(n);
    }
  }

  /** {@code balance_algorithm}: an HAProxy {@code balance} algorithm that fits in one word. */
  static Optional<Problem> balance(String value) {
    if (BALANCE.contains(value) || HEADER.matcher(value).matches()) {
      return Optional.empty();
    }
    var random = RANDOM.matcher(value);
    if (random.matches()) {
      return Integer.parseInt(random.group(1)) >= 1 ? Optional.empty()
          : problem("which asks for no draws", "write random, or random(2) for the power of two choices");
    }
    String accepted = String.join(", ", BALANCE) + ", hdr(NAME) or random(N)";
    if (value.equals("url_param") || value.startsWith("url_param")) {
      return problem("which needs a parameter name after a space, and a label value cannot hold one safely",
          "use hdr(NAME) or source for affinity, or one of " + accepted);
    }
    if (value.equals("hdr")) {
      return problem("which needs a header name", "write hdr(NAME), such as hdr(Host)");
    }
    String squashed = value.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
    for (String known : BALANCE) {
      if (known.replace("-", "").equals(squashed)) {
        return problem("which is not how HAProxy spells an algorithm", "write " + LabelValues.quote(known));
      }
    }
    if (squashed.equals("leastconn") || squashed.equals("iphash")) {
      return problem("which is nginx's name for an algorithm, not HAProxy's",
          "write " + (squashed.equals("leastconn") ? "\"leastconn\"" : "\"source\"") + " (Interlock passes the value to"
              + " HAProxy's balance)");
    }
    return problem("which is not an HAProxy balance algorithm", "write one of " + accepted);
  }

  /**
   * {@code health_check}: what follows {@code option } in the HAProxy backend, so an HAProxy
   * check option such as {@code httpchk GET /ping}. The documented {@code /ping} is not one.
   */
  static Optional<Problem> healthCheck(String value) {
    Optional<Problem> spacing = spacing(value);
    if (spacing.isPresent()) {
      return spacing;
    }
    String[] words = value.split(" ");
    String head = words[0];
    if (head.startsWith("/")) {
      return problem("a path; Interlock writes \"option " + value + "\" into haproxy.cfg, which HAProxy rejects"
              + " (Interlock's documented example /ping has this mistake)",
          "write " + LabelValues.quote("httpchk GET " + value));
    }
    if (head.equals("option")) {
      return problem("which repeats \"option\"; Interlock writes the word itself",
          "write " + LabelValues.quote(value.substring("option".length()).trim()));
    }
    String[] args = Arrays.copyOfRange(words, 1, words.length);
    switch (head) {
      case "httpchk":
        return httpchk(args);
      case "tcp-check":
      case "ssl-hello-chk":
      case "ldap-check":
      case "redis-check":
        return args.length == 0 ? Optional.empty()
            : problem("but \"" + head + "\" takes no arguments", "write " + LabelValues.quote(head));
      case "smtpchk":
        if (args.length == 0 || (args.length == 2 && (args[0].equals("HELO") || args[0].equals("EHLO"))
            && DnsName.parse(args[1]).isPresent())) {
          return Optional.empty();
        }
        return problem("which is not \"smtpchk\" or \"smtpchk HELO|EHLO DOMAIN\"", "write smtpchk EHLO example.com");
      case "mysql-check":
        if (args.length == 0 || (args.length >= 2 && args.length <= 3 && args[0].equals("user")
            && USER.matcher(args[1]).matches()
            && (args.length == 2 || args[2].equals("post-41") || args[2].equals("pre-41")))) {
          return Optional.empty();
        }
        return problem("which is not \"mysql-check [user NAME [post-41|pre-41]]\"", "write mysql-check user haproxy");
      case "pgsql-check":
        if (args.length == 2 && args[0].equals("user") && USER.matcher(args[1]).matches()) {
          return Optional.empty();
        }
        return problem("which is not \"pgsql-check user NAME\"", "write pgsql-check user haproxy");
      default:
        return problem("which is not an HAProxy health-check option",
            "write httpchk [METHOD] URI (for example httpchk GET /health), or one of " + String.join(", ", CHECK_KEYWORDS));
    }
  }

  private static Optional<Problem> httpchk(String[] args) {
    String form = "which is not \"httpchk [METHOD] URI [HTTP/1.x]\"";
    if (args.length == 0) {
      return Optional.empty();
    }
    int uri = args.length == 1 ? 0 : 1;
    if (args.length > 3) {
      return problem(form, "write httpchk GET /health");
    }
    if (uri == 1 && !METHODS.contains(args[0])) {
      return problem(form + ": " + LabelValues.quote(args[0]) + " is not an HTTP method",
          "use one of " + String.join(", ", METHODS) + " (upper case)");
    }
    if (!checkUri(args[uri])) {
      return problem(form + ": " + LabelValues.quote(args[uri]) + " is not a path",
          "write a path starting with \"/\", such as /health");
    }
    if (args.length == 3 && !VERSIONS.contains(args[2])) {
      return problem(form + ": " + LabelValues.quote(args[2]) + " is not HTTP/1.0 or HTTP/1.1",
          "write HTTP/1.1, or leave the version out");
    }
    return Optional.empty();
  }

  private static boolean checkUri(String uri) {
    int q = uri.indexOf('?');
    String path = q < 0 ? uri : uri.substring(0, q);
    return UrlPath.parse(path).isPresent() && (q < 0 || QUERY.matcher(uri.substring(q + 1)).matches());
  }

  /**
   * {@code backend_option[.N]}: Interlock writes the value unchecked, as {@code option <value>} in an
   * HAProxy backend and as a line in the nginx upstream, so only a short list is accepted.
   */
  static Optional<Problem> backendOption(String value) {
    Optional<Problem> spacing = spacing(value);
    if (spacing.isPresent()) {
      return spacing;
    }
    String[] words = value.split(" ");
    String head = words[0];
    if (HAPROXY_BACKEND_OPTIONS.contains(head) || NGINX_UPSTREAM_FLAGS.contains(head)) {
      return words.length == 1 ? Optional.empty()
          : problem("but \"" + head + "\" takes no arguments", "write " + LabelValues.quote(head));
    }
    if (NGINX_UPSTREAM_COUNTS.contains(head)) {
      if (words.length == 2 && NUMBER.matcher(words[1]).matches() && Long.parseLong(words[1]) >= 1
          && Long.parseLong(words[1]) <= Integer.MAX_VALUE) {
        return Optional.empty();
      }
      return problem("which is not \"" + head + " N\" with a positive number N", "write, for example, " + head + " 32");
    }
    if (head.equals("keepalive_timeout")) {
      if (words.length == 2 && TIME.matcher(words[1]).matches() && !words[1].matches("0+[a-z]*")) {
        return Optional.empty();
      }
      return problem("which is not \"keepalive_timeout TIME\" with a positive time such as 60s",
          "write, for example, keepalive_timeout 60s");
    }
    if (head.equals("option")) {
      return problem("which repeats \"option\"; Interlock writes the word itself for HAProxy",
          "write " + LabelValues.quote(value.substring("option".length()).trim()));
    }
    return problem("which is not on the list of backend options this plugin accepts (Interlock would paste it into"
            + " the config unchecked)",
        "use " + BACKEND_OPTIONS_ACCEPTED + "; anything else belongs in a reviewed config file, not a label");
  }

  /** {@code ssl_cert}, {@code ssl_cert_key}: a file in Interlock's {@code SSLCertPath}. */
  static Optional<Problem> fileName(String value) {
    if (value.isEmpty()) {
      return problem("which names no file", "write the certificate file's name, such as vote.example.com.pem");
    }
    if (value.contains("/")) {
      String base = value.substring(value.lastIndexOf('/') + 1);
      return problem("a path; Interlock joins the value to its SSLCertPath (an absolute path too), so it must be a"
              + " plain file name",
          base.isEmpty() ? "write the file name only and put the file in SSLCertPath"
              : "write " + LabelValues.quote(base) + " and put the file in the directory SSLCertPath names");
    }
    if (value.contains("..")) {
      return problem("which contains \"..\"", "write a plain file name such as vote.example.com.pem");
    }
    if (!FILE.matcher(value).matches()) {
      return problem("which is not a plain file name (letters, digits and . _ + -, not starting with \".\" or \"-\")",
          "rename the file, for example vote.example.com.pem");
    }
    return Optional.empty();
  }

  /** {@code app}: a name that marks Interlock instances. */
  static Optional<Problem> token(String value) {
    if (TOKEN.matcher(value).matches()) {
      return Optional.empty();
    }
    return problem("which is not a simple name (letters, digits and . _ -, at most 128 characters)",
        "write a name such as interlock");
  }

  /** Leading, trailing or doubled spaces: the words of a directive are separated by one space. */
  private static Optional<Problem> spacing(String value) {
    if (value.isEmpty()) {
      return problem("which is empty", "write the option, or remove the label");
    }
    if (value.startsWith(" ") || value.endsWith(" ") || value.contains("  ")) {
      return problem("which has leading, trailing or doubled spaces",
          "write the words separated by single spaces: " + LabelValues.quote(value.trim().replaceAll(" +", " ")));
    }
    return Optional.empty();
  }
}
