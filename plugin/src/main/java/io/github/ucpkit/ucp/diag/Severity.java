package io.github.ucpkit.ucp.diag;

/** How bad a finding is; declaration order is rank, so {@code ERROR} sorts first. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word used on console lines ({@code [ERROR]}) and in SARIF ({@code error}). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
