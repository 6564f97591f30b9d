package io.github.ucpkit.ucp.check.topology;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.TopologyRule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.topology.Quorum;
import io.github.ucpkit.ucp.model.topology.Quorum.Role;

/**
 * Two controllers (or registry replicas), or any even number: a majority cannot survive as many
 * failures as with one fewer. The registry's RethinkDB needs a majority of its replicas just as the
 * controllers' Raft does.
 */
public final class EvenControllerCount implements TopologyRule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("TOPO-HA-001", Severity.ERROR, "The controllers or registry replicas are an even number");
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.topology().ifPresent(t -> t.quorums().forEach(q -> check(q, findings)));
  }

  private static void check(Quorum q, Findings findings) {
    Role role = q.role();
    int n = q.count();
    if (n == 2) {
      findings.report(
          q.nodesAt(),
          "2 " + role.many() + " tolerate no failure: when one fails, the other holds no majority (split brain)",
          "run 3 " + role.many() + " (tolerates 1 failure), or 1 if you do not need high availability");
    } else if (n > 0 && n % 2 == 0) {
      findings.report(
          q.nodesAt(),
          n + " " + role.many() + " tolerate " + q.failureTolerance() + " failure(s), no more than "
              + (n - 1) + " would; the extra " + role.one() + " adds quorum traffic and no safety",
          "use an odd number: " + (n - 1) + " or " + (n + 1));
    }
  }
}
