package io.github.ucpkit.ucp.policy;

import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import java.util.List;

/** Findings about the {@code # ucp-ignore} comments themselves, raised by the policy stage. */
public final class PolicyFindings {

  public static final RuleInfo MALFORMED =
      new RuleInfo("IGNORE-001", Severity.ERROR, "A ucp-ignore comment names no known rule or gives no reason");
  public static final RuleInfo UNUSED =
      new RuleInfo("IGNORE-002", Severity.WARNING, "A ucp-ignore comment silences nothing");

  public static final List<RuleInfo> ALL = List.of(MALFORMED, UNUSED);

  private PolicyFindings() {}
}
