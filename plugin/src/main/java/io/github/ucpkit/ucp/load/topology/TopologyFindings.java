package io.github.ucpkit.ucp.load.topology;

import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.schema.SchemaFindings;

/** Findings the topology loader raises itself: the spec's schema. */
public final class TopologyFindings {

  public static final SchemaFindings SCHEMA =
      new SchemaFindings(
          new RuleInfo("TOPO-SCHEMA-001", Severity.ERROR, "A key is not part of the topology spec"),
          new RuleInfo("TOPO-SCHEMA-002", Severity.ERROR, "A topology value has the wrong type"),
          new RuleInfo("TOPO-SCHEMA-003", Severity.ERROR, "A topology value is missing or breaks a constraint"));

  private TopologyFindings() {}
}
