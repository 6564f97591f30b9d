package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.load.env.Interpolation;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.compose.DeployTime;
import io.github.ucpkit.ucp.model.value.SecretName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Substitutes variables where docker-compose does: string values (never keys) inside the
 * {@code services}, {@code networks}, {@code volumes}, {@code secrets} and {@code configs} sections.
 * Top-level {@code version} and {@code x-*} fields are left alone. A value that fails keeps its text,
 * so later checks still see the file.
 *
 * <p>Validation sees every value substituted. The artifacts must not: a value that used a variable
 * the committed files do not decide (one from the process environment, or one with a secret's name)
 * is remembered with its text as written, and the app artifact keeps that text for docker-compose
 * to resolve at deploy time. So no secret and nothing of the build machine's environment is ever
 * written, and the artifact is the same wherever it is generated.
 */
final class ComposeInterpolation {

  private static final Set<String> SECTIONS = Set.of("services", "networks", "volumes", "secrets", "configs");

  private final Interpolation interpolation;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<String> warnedUnset = new HashSet<>();
  private final Map<Location, String> deployTime = new HashMap<>();
  /** Values of secret-named variables, by value: redacted from every message. */
  private final Map<String, String> secrets = new HashMap<>();
  /** Whether the value being substituted asked for a variable the committed files do not decide. */
  private boolean fromOutside;
  private final long limit;
  private long room;

  /**
   * @param variables the process environment over {@code .env}
   * @param committed whether the committed files alone decide a variable's value
   * @param limit the most characters substitution may produce in the whole file
   */
  ComposeInterpolation(Function<String, Optional<String>> variables, Predicate<String> committed, long limit) {
    this.interpolation = new Interpolation(name -> {
      fromOutside |= !committed.test(name);
      Optional<String> value = variables.apply(name);
      value.filter(v -> !v.isEmpty() && SecretName.looksSecret(name)).ifPresent(v -> secrets.put(v, name));
      return value;
    });
    this.limit = limit;
    this.room = limit;
  }

  /** Values that are resolved at deploy time, with the secret values seen. */
  DeployTime deployTime() {
    return new DeployTime(deployTime, secrets);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  YMap apply(YMap document) {
    return (YMap) walk(document, new ArrayList<>());
  }

  /**
   * The node with variables substituted; the node itself when nothing under it changes, which is
   * most of most files. {@code path} holds the keys down to here, joined only for a finding.
   */
  private YNode walk(YNode node, List<String> path) {
    if (node instanceof YMap map) {
      return map.withValues(e -> {
        if (path.isEmpty() && !SECTIONS.contains(e.key().text())) {
          return e.value();
        }
        path.add(e.key().text());
        YNode value = walk(e.value(), path);
        path.remove(path.size() - 1);
        return value;
      });
    }
    if (node instanceof YSeq seq) {
      return seq.withItems(item -> walk(item, path));
    }
    YScalar s = (YScalar) node;
    if (!s.isString() || !Interpolation.mentionsVariables(s.text()) || room < 0) {
      return s;
    }
    fromOutside = false;
    Interpolation.Outcome outcome = interpolation.apply(s.text(), room);
    if (fromOutside) {
      deployTime.put(s.at(), s.text());
    }
    if (outcome instanceof Interpolation.TooLong) {
      // one finding; the rest of the file keeps its text, which no generation will use
      room = -1;
      diagnostics.add(ComposeFindings.SUBSTITUTION_LIMIT.at(
          s.at(),
          "substituting variables in " + String.join(".", path) + " takes the file past " + limit
              + " characters of substituted values (aliases count each time they repeat a value)",
          "a $VAR copies the variable's whole value each time; keep large values out of variables"));
      return s;
    }
    if (outcome instanceof Interpolation.Substituted ok) {
      room -= ok.value().length();
      for (String name : ok.unset()) {
        if (warnedUnset.size() == Interpolation.MAX_UNSET && !warnedUnset.contains(name)) {
          warnedUnset.add(name);
          diagnostics.add(ComposeFindings.UNSET_VARIABLE.at(s.at(),
              "more variables are not set; only the first " + Interpolation.MAX_UNSET + " are listed",
              "set them in the environment or in the .env file next to the Compose file"));
        }
        if (warnedUnset.size() < Interpolation.MAX_UNSET && warnedUnset.add(name)) {
          diagnostics.add(ComposeFindings.UNSET_VARIABLE.at(
              s.at(),
              "variable " + name + " is not set; docker-compose substitutes an empty string in " + String.join(".", path),
              "set it in the environment or in the .env file next to the Compose file, or write a default: ${" + name + ":-value}"));
        }
      }
      return s.with(ok.value(), s.type());
    }
    if (outcome instanceof Interpolation.MissingValue missing) {
      diagnostics.add(ComposeFindings.REQUIRED_VARIABLE.at(
          s.at(),
          "required variable " + missing.variable() + " is not set (" + String.join(".", path) + "): " + snippet(missing.message()),
          "set " + missing.variable() + " in the environment or in the .env file next to the Compose file"));
      return s;
    }
    Interpolation.Invalid invalid = (Interpolation.Invalid) outcome;
    diagnostics.add(ComposeFindings.INTERPOLATION_FORMAT.at(
        s.at(),
        "invalid interpolation in " + String.join(".", path) + " \"" + snippet(s.text()) + "\": " + invalid.reason(),
        "write $$ for a literal dollar sign; variables are $NAME or ${NAME}, with :-, -, :? or ? forms"));
    return s;
  }

  private static String snippet(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "... (" + text.length() + " characters)";
  }
}
