package io.github.ucpkit.ucp.load.compose;

import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.schema.SchemaFindings;
import java.util.List;

/** Findings the Compose loader raises itself: interpolation, type conversion, schema, minor versions of 3.x. */
public final class ComposeFindings {

  public static final RuleInfo INTERPOLATION_FORMAT =
      new RuleInfo("COMPOSE-INTERP-001", Severity.ERROR, "A value has an invalid ${...} expression");
  public static final RuleInfo REQUIRED_VARIABLE =
      new RuleInfo("COMPOSE-INTERP-002", Severity.ERROR, "A required variable (${VAR?err}) is not set");
  public static final RuleInfo UNSET_VARIABLE =
      new RuleInfo("COMPOSE-INTERP-003", Severity.WARNING, "A variable is not set and becomes an empty string");
  public static final RuleInfo DOTENV_LINE =
      new RuleInfo("COMPOSE-INTERP-004", Severity.WARNING, "A line of the .env file cannot be parsed");
  public static final RuleInfo DOTENV_UNREADABLE =
      new RuleInfo("COMPOSE-INTERP-005", Severity.ERROR, "The .env file cannot be read as UTF-8 text");
  public static final RuleInfo DOTENV_LIMIT =
      new RuleInfo("COMPOSE-INTERP-006", Severity.ERROR, "The .env file exceeds a size or expansion limit");
  public static final RuleInfo SUBSTITUTION_LIMIT =
      new RuleInfo("COMPOSE-INTERP-007", Severity.ERROR, "Variable substitution produces more text than the limit");
  public static final RuleInfo CONVERSION =
      new RuleInfo("COMPOSE-CONV-001", Severity.ERROR, "A value cannot be converted to the type its option needs");
  public static final SchemaFindings SCHEMA =
      new SchemaFindings(
          new RuleInfo("COMPOSE-SCHEMA-001", Severity.ERROR, "A key is not part of the Compose file format"),
          new RuleInfo("COMPOSE-SCHEMA-002", Severity.ERROR, "A value has the wrong type"),
          new RuleInfo("COMPOSE-SCHEMA-003", Severity.ERROR, "A value breaks a constraint of the Compose file format"));
  public static final RuleInfo STACK_NEWER_THAN_VERSION =
      new RuleInfo("COMPOSE-VER-003", Severity.ERROR,
          "A setting is newer than the file's declared 3.x version, which docker stack deploy rejects");

  public static final List<RuleInfo> ALL =
      List.of(
          INTERPOLATION_FORMAT, REQUIRED_VARIABLE, UNSET_VARIABLE, DOTENV_LINE, DOTENV_UNREADABLE, DOTENV_LIMIT,
          SUBSTITUTION_LIMIT, CONVERSION,
          SCHEMA.unknownKey(), SCHEMA.wrongType(), SCHEMA.invalidValue(), STACK_NEWER_THAN_VERSION);

  private ComposeFindings() {}
}
