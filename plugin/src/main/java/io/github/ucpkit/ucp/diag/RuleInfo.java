package io.github.ucpkit.ucp.diag;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What every finding of one rule shares: its permanent id, default severity and a one-line title.
 * Ids look like {@code COMPOSE-NET-001}; once published an id is never reused for something else.
 */
public record RuleInfo(String id, Severity severity, String title) {

  private static final Pattern ID = Pattern.compile("[A-Z]+(-[A-Z0-9]+)*-[0-9]{3}");

  public RuleInfo {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("malformed rule id: " + id);
    }
  }

  public Diagnostic at(Location where, String message, String hint) {
    return new Diagnostic(id, severity, where, message, hint);
  }

  public Diagnostic at(Location where, String message) {
    return at(where, message, "");
  }
}
