package io.github.ucpkit.ucp.policy;

/**
 * The project's policy cannot be applied: a rule setting names no rule or no level, a baseline file
 * is missing or is not one. The build's configuration is wrong, so the run stops with this message.
 */
public final class PolicyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PolicyException(String message) {
    super(message);
  }
}
