package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import io.github.ucpkit.ucp.model.yaml.Yaml11;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An unquoted value that YAML 1.1, which docker-compose reads files with, turns into something other
 * than what it looks like, where that changes what the service gets: a base-60 integer
 * ({@code 22:22} is 1342), a leading-zero octal integer ({@code 0755} is 493) in environment, labels
 * or ports, and {@code yes/no/on/off} as a label value ({@code True}/{@code False}).
 *
 * <p>It reads the file as parsed, because docker-compose's conversions turn label values into text
 * ({@code yes} becomes {@code True}) and the way they were written is lost in the converted document.
 * A word boolean in an {@code environment} mapping is not reported here: the schema rejects it already.
 */
public final class Yaml11Surprise implements Rule {

  /** Where a number is taken as a value and an octal reading silently changes it. */
  private static final Set<String> OCTAL_CONTEXTS = Set.of("environment", "labels", "ports", "expose", "build.args", "build.labels");

  @Override
  public RuleInfo info() {
    return new RuleInfo("YAML-004", Severity.WARNING, "An unquoted value means something else in YAML 1.1")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (!(file.parsed().get("services").orElse(null) instanceof YMap services)) {
        continue;
      }
      for (YMap.Entry service : services.all()) {
        if (service.value() instanceof YMap definition) {
          walk(definition, new ArrayList<>(), service.key().text(), findings);
        }
      }
    }
  }

  private static void walk(YNode node, List<String> path, String service, Findings findings) {
    if (node instanceof YMap map) {
      for (YMap.Entry e : map.all()) {
        path.add(e.key().text());
        walk(e.value(), path, service, findings);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof YSeq seq) {
      for (YNode item : seq.items()) {
        walk(item, path, service, findings);
      }
    } else {
      check((YScalar) node, path, service, findings);
    }
  }

  /** Most scalars are none of the three: nothing is built for them, not even the context. */
  private static void check(YScalar s, List<String> path, String service, Findings findings) {
    if (Yaml11.isSexagesimal(s)) {
      findings.report(
          s.at(),
          "unquoted " + shown(s.text()) + " is the base-60 integer " + shown(s.integer().toString()) + " in YAML 1.1, so "
              + consequence(context(path), path, service, s),
          hint(s));
    } else if (Yaml11.isLeadingZeroOctal(s) && OCTAL_CONTEXTS.contains(context(path))) {
      findings.report(
          s.at(),
          "unquoted " + shown(s.text()) + " is the octal integer " + shown(s.integer().toString()) + " in YAML 1.1, so "
              + consequence(context(path), path, service, s),
          hint(s));
    } else if (Yaml11.isWordBoolean(s) && context(path).endsWith("labels")
        && path.size() == context(path).split("\\.").length + 1) {
      findings.report(
          s.at(),
          "unquoted " + s.text() + " is the boolean " + s.bool() + " in YAML 1.1, so docker-compose sets label \""
              + path.get(path.size() - 1) + "\" of service \"" + service + "\" to \"" + s.pythonText() + "\"",
          hint(s));
    }
  }

  private static String hint(YScalar s) {
    return "quote it: \"" + shown(s.text()) + "\"";
  }

  /** A number as a message shows it: whole up to 40 characters (a base-60 label can have thousands of digits). */
  private static String shown(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "... (" + text.length() + " characters)";
  }

  /** The service key a value sits under ({@code ports}), or {@code build.args}/{@code build.labels}. */
  private static String context(List<String> path) {
    if (path.isEmpty()) {
      return "";
    }
    if (path.get(0).equals("build") && path.size() > 1) {
      return "build." + path.get(1);
    }
    return path.get(0);
  }

  private static String consequence(String context, List<String> path, String service, YScalar s) {
    String value = shown(s.integer().toString());
    String last = path.get(path.size() - 1);
    String of = " of service \"" + service + "\"";
    boolean direct = path.size() == context.split("\\.").length;
    boolean port = s.integer().compareTo(java.math.BigInteger.valueOf(PortEntries.MAX_PORT)) <= 0
        && s.integer().signum() > 0;
    if ((context.equals("ports") || context.equals("expose")) && !port) {
      return "docker-compose reads port " + value + of + ", which does not exist";
    }
    return switch (context) {
      case "ports" -> direct
          ? "docker-compose publishes container port " + value + of + " on a random host port"
          : "docker-compose reads port " + value + of;
      case "expose" -> "docker-compose exposes port " + value + of;
      case "environment" -> direct
          ? "docker-compose reads \"" + s.text() + "\"" + of + " as " + value
          : "variable \"" + last + "\"" + of + " gets the value \"" + value + "\"";
      case "build.args" -> direct
          ? "docker-compose reads \"" + s.text() + "\"" + of + " as " + value
          : "build argument \"" + last + "\"" + of + " gets the value \"" + value + "\"";
      case "labels", "build.labels" -> direct
          ? "docker-compose reads \"" + s.text() + "\"" + of + " as " + value
          : "docker-compose sets label \"" + last + "\"" + of + " to \"" + value + "\"";
      default -> "docker-compose reads " + String.join(".", path) + of + " as " + value;
    };
  }
}
