package io.github.ucpkit.ucp.diag;

/**
 * How bad a finding is; declaration order is rank, so {@code ERROR} sorts first. A project may move a
 * rule to another severity ({@code rules} parameter); a note is shown but never fails a build.
 */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The word used on console lines ({@code [ERROR]}), in SARIF ({@code error}) and in rule settings. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
