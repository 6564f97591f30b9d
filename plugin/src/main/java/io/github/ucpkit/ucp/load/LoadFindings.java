package io.github.ucpkit.ucp.load;

import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import java.util.List;

/**
 * Findings raised while reading files, before any rule runs. They have ids, doc pages and fixtures
 * like rules do; they live here because the loader, not a rule, detects them.
 */
public final class LoadFindings {

  public static final RuleInfo YAML_SYNTAX =
      new RuleInfo("YAML-001", Severity.ERROR, "The file is not well-formed YAML");
  public static final RuleInfo DUPLICATE_KEY =
      new RuleInfo("YAML-002", Severity.ERROR, "A mapping repeats a key");
  public static final RuleInfo LIMIT =
      new RuleInfo("YAML-003", Severity.ERROR, "The file exceeds a size, nesting or alias limit");
  public static final RuleInfo ENCODING =
      new RuleInfo("YAML-005", Severity.ERROR, "The file is not UTF-8 text");
  public static final RuleInfo NUMBER =
      new RuleInfo("YAML-006", Severity.ERROR, "A number is too large for docker-compose to read");
  public static final RuleInfo UNREADABLE =
      new RuleInfo("IO-001", Severity.ERROR, "An input file or directory cannot be read");

  public static final List<RuleInfo> ALL =
      List.of(YAML_SYNTAX, DUPLICATE_KEY, LIMIT, ENCODING, NUMBER, UNREADABLE);

  private LoadFindings() {}
}
