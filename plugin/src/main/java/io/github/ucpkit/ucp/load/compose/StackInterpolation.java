package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.compose.DeployTime;
import io.github.ucpkit.ucp.model.value.SecretName;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Variable substitution as {@code docker stack deploy} (docker CLI 28) does it, which differs from
 * docker-compose: variables come from the environment only (no {@code .env}); every string value of
 * the file is substituted, {@code version} and {@code x-*} fields included; an unbraced
 * {@code $VAR-text} takes everything after the dash, up to a closing brace, as a default; the
 * default forms are tried before the required ones, so {@code ${VAR:?a-b}} means "VAR:?a" or "b";
 * an error in one substitution is forgotten when a later one in the same value succeeds. A value
 * the substitution changed is then converted to the type of a few typed settings (booleans,
 * integers, numbers), as the CLI does.
 */
final class StackInterpolation {

  private enum Cast { INT, FLOAT, BOOL }

  private record CastRule(String pattern, Cast cast) {}

  /** The settings the CLI converts after substituting; {@code *} is any key, {@code []} any list item. */
  private static final List<CastRule> CASTS = List.of(
      new CastRule("services.*.configs.[].mode", Cast.INT),
      new CastRule("services.*.secrets.[].mode", Cast.INT),
      new CastRule("services.*.healthcheck.retries", Cast.INT),
      new CastRule("services.*.healthcheck.disable", Cast.BOOL),
      new CastRule("services.*.deploy.replicas", Cast.INT),
      new CastRule("services.*.deploy.update_config.parallelism", Cast.INT),
      new CastRule("services.*.deploy.update_config.max_failure_ratio", Cast.FLOAT),
      new CastRule("services.*.deploy.rollback_config.parallelism", Cast.INT),
      new CastRule("services.*.deploy.rollback_config.max_failure_ratio", Cast.FLOAT),
      new CastRule("services.*.deploy.restart_policy.max_attempts", Cast.INT),
      new CastRule("services.*.deploy.placement.max_replicas_per_node", Cast.INT),
      new CastRule("services.*.ports.[].target", Cast.INT),
      new CastRule("services.*.ports.[].published", Cast.INT),
      new CastRule("services.*.ulimits.*", Cast.INT),
      new CastRule("services.*.ulimits.*.hard", Cast.INT),
      new CastRule("services.*.ulimits.*.soft", Cast.INT),
      new CastRule("services.*.privileged", Cast.BOOL),
      new CastRule("services.*.read_only", Cast.BOOL),
      new CastRule("services.*.stdin_open", Cast.BOOL),
      new CastRule("services.*.tty", Cast.BOOL),
      new CastRule("services.*.volumes.[].read_only", Cast.BOOL),
      new CastRule("services.*.volumes.[].volume.nocopy", Cast.BOOL),
      new CastRule("networks.*.external", Cast.BOOL),
      new CastRule("networks.*.internal", Cast.BOOL),
      new CastRule("networks.*.attachable", Cast.BOOL),
      new CastRule("volumes.*.external", Cast.BOOL),
      new CastRule("secrets.*.external", Cast.BOOL),
      new CastRule("configs.*.external", Cast.BOOL));

  private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern GO_FLOAT = Pattern.compile(
      "[-+]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?|(?i:inf|infinity|nan))");

  private final Function<String, Optional<String>> variables;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  /** Every value that used a variable: all of them come from the environment of docker stack deploy. */
  private final Map<Location, String> deployTime = new HashMap<>();
  /** Values of secret-named variables, by value: redacted from every message. */
  private final Map<String, String> secrets = new HashMap<>();
  private boolean asked;
  private final Set<String> warnedUnset = new HashSet<>();
  private final boolean dotEnvBeside;

  /**
   * @param variables the process environment
   * @param dotEnvBeside whether a {@code .env} lies beside the file, which the stack deployer does not read
   */
  StackInterpolation(Function<String, Optional<String>> variables, boolean dotEnvBeside) {
    this.variables = name -> {
      asked = true;
      Optional<String> value = variables.apply(name);
      value.filter(v -> !v.isEmpty() && SecretName.looksSecret(name)).ifPresent(v -> secrets.put(v, name));
      return value;
    };
    this.dotEnvBeside = dotEnvBeside;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Values resolved when the stack is deployed, with the secret values seen. */
  DeployTime deployTime() {
    return new DeployTime(deployTime, secrets);
  }

  YMap apply(YMap document) {
    return (YMap) walk(document, "");
  }

  private YNode walk(YNode node, String path) {
    if (node instanceof YMap map) {
      return map.withValues(e -> walk(e.value(), path.isEmpty() ? e.key().text() : path + "." + e.key().text()));
    }
    if (node instanceof YSeq seq) {
      return seq.withItems(item -> walk(item, path + ".[]"));
    }
    YScalar s = (YScalar) node;
    if (!s.isString() || s.text().indexOf('$') < 0) {
      return s;
    }
    asked = false;
    StackTemplate.Result result = StackTemplate.substitute(s.text(), variables);
    if (asked) {
      deployTime.put(s.at(), s.text());
    }
    String shown = shownPath(path);
    if (result.error() != null) {
      boolean required = result.error().startsWith("required variable ");
      diagnostics.add((required ? ComposeFindings.REQUIRED_VARIABLE : ComposeFindings.INTERPOLATION_FORMAT).at(s.at(),
          (required ? result.error() : "invalid interpolation in " + shown + " \"" + s.text() + "\"")
              + (required ? " (" + shown + ")" : ""),
          required ? "set it in the environment of docker stack deploy" + dotEnvHint()
              : "write $$ for a literal dollar sign; variables are $NAME or ${NAME}, with :-, -, :? or ? forms"));
      return s;
    }
    for (String name : result.unset()) {
      if (warnedUnset.add(name)) {
        diagnostics.add(ComposeFindings.UNSET_VARIABLE.at(s.at(),
            "variable " + name + " is not set; docker stack deploy substitutes an empty string in " + shown,
            "set it in the environment of docker stack deploy" + dotEnvHint() + ", or write a default: ${" + name + ":-value}"));
      }
    }
    if (result.value().equals(s.text())) {
      return s;
    }
    Optional<Cast> cast = castFor(path);
    if (cast.isEmpty()) {
      return s.with(result.value(), ScalarType.STR);
    }
    Optional<YScalar> typed = cast(s, result.value(), cast.get());
    if (typed.isEmpty()) {
      diagnostics.add(ComposeFindings.CONVERSION.at(s.at(),
          shown + " is \"" + result.value() + "\" after substitution, which docker stack deploy cannot read as "
              + (cast.get() == Cast.BOOL ? "a boolean" : cast.get() == Cast.INT ? "an integer" : "a number"),
          cast.get() == Cast.BOOL ? "it must come out as true or false (also y, yes, on, n, no, off)"
              : "it must come out as a plain decimal number"));
      return s;
    }
    return typed.get();
  }

  private String dotEnvHint() {
    return dotEnvBeside ? " (it does not read the .env file beside the Compose file)" : "";
  }

  private static Optional<Cast> castFor(String path) {
    String[] parts = path.split("\\.", -1);
    for (CastRule rule : CASTS) {
      String[] pattern = rule.pattern().split("\\.");
      if (pattern.length != parts.length) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < parts.length && match; i++) {
        match = pattern[i].equals("*") || pattern[i].equals(parts[i]);
      }
      if (match) {
        return Optional.of(rule.cast());
      }
    }
    return Optional.empty();
  }

  private static Optional<YScalar> cast(YScalar s, String value, Cast cast) {
    switch (cast) {
      case BOOL -> {
        String v = value.toLowerCase(Locale.ROOT);
        if (List.of("y", "yes", "true", "on").contains(v)) {
          return Optional.of(s.with("true", ScalarType.BOOL));
        }
        if (List.of("n", "no", "false", "off").contains(v)) {
          return Optional.of(s.with("false", ScalarType.BOOL));
        }
        return Optional.empty();
      }
      case INT -> {
        if (!DECIMAL_INT.matcher(value).matches() || new java.math.BigInteger(value).bitLength() >= 64) {
          return Optional.empty();
        }
        return Optional.of(s.with(new java.math.BigInteger(value).toString(), ScalarType.INT));
      }
      default -> {
        if (!GO_FLOAT.matcher(value).matches()) {
          return Optional.empty();
        }
        return Optional.of(GoYamlScalars.retype(new YScalar(value, ScalarType.STR, true, s.at())))
            .filter(t -> t.type() == ScalarType.FLOAT || t.type() == ScalarType.INT)
            .map(t -> t.type() == ScalarType.INT ? t.with(t.text() + ".0", ScalarType.FLOAT) : t);
      }
    }
  }

  /** {@code services.web.ports[]} for a finding. */
  private static String shownPath(String path) {
    return path.replace(".[]", "[]");
  }
}
