package io.github.ucpkit.ucp.maven;

import io.github.ucpkit.ucp.BaselineRun;
import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.report.LogText;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records today's findings in the baseline file ({@code ucp-baseline.json} in the project directory,
 * or {@code ucp.baseline}), to be committed: later builds skip what it lists and fail only on new
 * findings. Rule settings and {@code ucp-ignore} comments apply first, so the file lists what the
 * build would otherwise show. It never fails on findings; run it by hand, after fixing some, to
 * shrink the file. The same findings give the same bytes.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractUcpMojo {

  private BaselineRun.Recorded recorded;

  @Override
  String goal() {
    return "baseline";
  }

  @Override
  boolean writesBaseline() {
    return true;
  }

  @Override
  Runner.Outcome run(Pipeline.Request request, Runner.Settings settings) throws IOException {
    recorded = BaselineRun.record(request, settings);
    return recorded.outcome();
  }

  /** The findings go into the file, not the log: the summary says how many. */
  @Override
  void log(Runner.Outcome o) {
    getLog().info(FindingsLog.summary(o));
  }

  @Override
  void report(Runner.Outcome o) {
    String name = LogText.escape(basedir().relativize(recorded.file().toAbsolutePath().normalize()).toString().replace('\\', '/'));
    long errors = o.diagnostics().stream().filter(Diagnostic::isError).count();
    long warnings = o.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
    long notes = o.diagnostics().size() - errors - warnings;
    String what = count(recorded.findings(), "finding") + " (" + count(errors, "error") + ", " + count(warnings, "warning") + ")";
    StringBuilder sb = new StringBuilder("ucp: ");
    if (recorded.changed()) {
      sb.append("recorded ").append(what).append(" in ").append(name);
    } else {
      sb.append(name).append(" is up to date: ").append(what);
    }
    if (recorded.before() > 0) {
      sb.append("; it listed ").append(recorded.before()).append(" before, ").append(recorded.fixed()).append(" of them fixed since");
    }
    if (notes > 0) {
      sb.append("; ").append(count(notes, "note")).append(" left out (notes never fail a build)");
    }
    getLog().info(sb.append(recorded.changed() ? "; commit it" : "").toString());
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Recording findings is the point of this goal: it never fails on them. */
  @Override
  void gate(Runner.Outcome o) {
    // nothing to fail on
  }
}
