package io.github.ucpkit.ucp.diag;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every finding of one rule shares: its permanent id, default severity, a one-line title, and
 * the reference tools that accept what the rule reports ({@link #stricterThan}). Ids look like
 * {@code COMPOSE-NET-001}; once published an id is never reused for something else.
 *
 * @param stricterThan the tools that accept a file this rule reports (on purpose: the rule's doc page
 *     says why); empty when the tools reject it too
 */
public record RuleInfo(String id, Severity severity, String title, Set<Tool> stricterThan) {

  private static final Pattern ID = Pattern.compile("[A-Z]+(-[A-Z0-9]+)*-[0-9]{3}");

  /** A reference tool whose verdicts the corpus agreement tests compare with. */
  public enum Tool {
    DOCKER_COMPOSE("docker-compose"),
    DOCKER_STACK_DEPLOY("docker stack deploy");

    private final String command;

    Tool(String command) {
      this.command = command;
    }

    /** How users call it: {@code docker-compose}. */
    public String command() {
      return command;
    }

    @Override
    public String toString() {
      return command;
    }
  }

  public RuleInfo {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("malformed rule id: " + id);
    }
    // an EnumSet keeps the tools in declaration order, so the docs list them the same way every time
    stricterThan = Collections.unmodifiableSet(
        stricterThan.isEmpty() ? EnumSet.noneOf(Tool.class) : EnumSet.copyOf(stricterThan));
  }

  /** A rule that agrees with the reference tools. */
  public RuleInfo(String id, Severity severity, String title) {
    this(id, severity, title, Set.of());
  }

  /** The same rule, declared stricter than {@code tool}: it reports files that tool accepts. */
  public RuleInfo stricterThan(Tool tool) {
    EnumSet<Tool> tools = stricterThan.isEmpty() ? EnumSet.noneOf(Tool.class) : EnumSet.copyOf(stricterThan);
    tools.add(tool);
    return new RuleInfo(id, severity, title, tools);
  }

  public Diagnostic at(Location where, String message, String hint) {
    return new Diagnostic(id, severity, where, message, hint);
  }

  public Diagnostic at(Location where, String message) {
    return at(where, message, "");
  }
}
