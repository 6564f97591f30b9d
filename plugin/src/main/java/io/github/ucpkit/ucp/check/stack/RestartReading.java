package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code docker stack deploy} makes of a service's {@code restart} (docker CLI 28.2): nothing
 * when {@code deploy.restart_policy} is set; otherwise the policy the converter maps it to, where
 * {@code "no"} sets none and so leaves the swarm's default, which restarts on every exit.
 */
record RestartReading(String meaning, String hint) {

  /** The value as the CLI parses it: a policy (condition and attempts), none, or the CLI's error. */
  sealed interface Parsed permits Policy, NoPolicy, Refused {}

  /** @param attempts the maximum number of attempts, 0 for no limit */
  record Policy(String condition, long attempts) implements Parsed {}

  record NoPolicy() implements Parsed {}

  record Refused(String cliError) implements Parsed {}

  /** What Go's {@code strconv.Atoi} reads. */
  private static final Pattern ATOI = Pattern.compile("[-+]?[0-9]+");

  static Parsed parse(String text) {
    if (text.isEmpty()) {
      return new NoPolicy();
    }
    int colon = text.indexOf(':');
    String name = colon < 0 ? text : text.substring(0, colon);
    String count = colon < 0 ? "" : text.substring(colon + 1);
    if (colon == 0) {
      return new Refused("invalid restart policy format: no policy provided before colon");
    }
    long attempts = 0;
    if (!count.isEmpty()) {
      if (!ATOI.matcher(count).matches() || new BigInteger(count).bitLength() > 63) {
        return new Refused("invalid restart policy format: maximum retry count must be an integer");
      }
      attempts = Long.parseLong(count);
    }
    return switch (name) {
      case "no" -> new NoPolicy();
      case "always", "unless-stopped" -> new Policy("any", 0);
      case "on-failure" -> new Policy("on-failure", attempts);
      default -> new Refused("unknown restart policy");
    };
  }

  /**
   * The reading of a service's {@code restart} entry, or empty when the CLI refuses the value (the
   * rule about deploy values reports that) or it is not a string (the schema does).
   */
  static Optional<RestartReading> of(ComposeFile file, Service service, YMap.Entry restart) {
    if (Swarm.deploy(service).map(d -> d.has("restart_policy")).orElse(false)) {
      return Optional.of(new RestartReading(
          "only when deploy.restart_policy is absent; it is present here, so restart has no effect",
          "remove restart"));
    }
    if (!(restart.value() instanceof YScalar s) || !s.isString()) {
      return Optional.empty();
    }
    String written = "restart: " + Echo.quote(s.text());
    if (Swarm.deployTime(file, s)) {
      return Optional.of(new RestartReading("as the deploy.restart_policy its value, when deployed, stands for",
          "write the policy under deploy.restart_policy (condition: none, on-failure or any), which both tools read"));
    }
    Parsed parsed = parse(s.text());
    if (parsed instanceof NoPolicy) {
      return Optional.of(new RestartReading(
          "as no restart policy, which leaves the swarm's default in place: every container that exits is restarted"
              + " (condition any), the opposite of " + written,
          "write deploy.restart_policy: {condition: none}"));
    }
    if (!(parsed instanceof Policy p)) {
      return Optional.empty();
    }
    return Optional.of(new RestartReading(
        "as deploy.restart_policy condition " + p.condition()
            + (p.condition().equals("any") ? " (restart after every exit)"
                : p.attempts() > 0 ? " with max_attempts " + p.attempts() : " with no limit on attempts"),
        "write it as deploy.restart_policy: {condition: " + p.condition()
            + (p.attempts() > 0 ? ", max_attempts: " + p.attempts() : "") + "}, which both tools read"));
  }
}
