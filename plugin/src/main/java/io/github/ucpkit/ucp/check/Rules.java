package io.github.ucpkit.ucp.check;

import io.github.ucpkit.ucp.check.compose.ComposeRules;
import io.github.ucpkit.ucp.check.compose.ServiceRules;
import io.github.ucpkit.ucp.check.compose.StructureRules;
import io.github.ucpkit.ucp.check.compose.ValueRules;
import io.github.ucpkit.ucp.check.dns.DnsRules;
import io.github.ucpkit.ucp.check.lb.InterlockRules;
import io.github.ucpkit.ucp.check.lb2.Interlock2Rules;
import io.github.ucpkit.ucp.check.proxy.ProxyRules;
import io.github.ucpkit.ucp.check.stack.StackRules;
import io.github.ucpkit.ucp.check.topology.TopologyRules;
import io.github.ucpkit.ucp.check.xref.CrossFileRules;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.load.LoadFindings;
import io.github.ucpkit.ucp.load.compose.ComposeFindings;
import io.github.ucpkit.ucp.load.topology.TopologyFindings;
import io.github.ucpkit.ucp.policy.PolicyFindings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The explicit registry: every rule the checker runs (listed by group, each group an explicit list),
 * and every id any stage can report. Adding a rule means one class, one line in its group, one doc
 * page and its fixtures.
 */
public final class Rules {

  private Rules() {}

  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(ComposeRules.all());
    rules.addAll(StructureRules.all());
    rules.addAll(ServiceRules.all());
    rules.addAll(ValueRules.all());
    rules.addAll(StackRules.all());
    rules.addAll(InterlockRules.all());
    rules.addAll(Interlock2Rules.all());
    rules.addAll(ProxyRules.all());
    rules.addAll(TopologyRules.all());
    rules.addAll(DnsRules.all());
    rules.addAll(CrossFileRules.all());
    return List.copyOf(rules);
  }

  /** Every id with its metadata, loader findings included, sorted by id: for SARIF and the docs. */
  public static List<RuleInfo> catalog() {
    return Catalog.ALL;
  }

  /** Built once, on first use: the settings, the policy stage and SARIF each ask for it in a run. */
  private static final class Catalog {
    static final List<RuleInfo> ALL = build();
  }

  private static List<RuleInfo> build() {
    List<RuleInfo> out = new ArrayList<>(LoadFindings.ALL);
    out.addAll(ComposeFindings.ALL);
    out.addAll(TopologyFindings.SCHEMA.all());
    out.addAll(PolicyFindings.ALL);
    all().forEach(r -> out.add(r.info()));
    out.sort(Comparator.comparing(RuleInfo::id));
    return List.copyOf(out);
  }
}
