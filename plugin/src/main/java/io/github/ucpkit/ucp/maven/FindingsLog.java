package io.github.ucpkit.ucp.maven;

import io.github.ucpkit.ucp.Runner;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.report.ConsoleReport;
import io.github.ucpkit.ucp.report.LogText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** A goal's findings on Maven's log, and the verdict they give, in one place for every goal. */
final class FindingsLog {

  private FindingsLog() {}

  static String summary(Runner.Outcome o) {
    return ConsoleReport.summary(o.filesChecked(), o.diagnostics(), o.tally(), o.facts());
  }

  /** Errors as {@code [ERROR]}, warnings as {@code [WARNING]}, notes as {@code [INFO]}; each once per build. */
  static void print(Log log, Runner.Outcome o, BuildMemory memory, Path basedir) {
    List<Diagnostic> fresh = memory.unprinted(o.diagnostics());
    for (ConsoleReport.Line line : ConsoleReport.lines(fresh, basedir)) {
      switch (line.level()) {
        case ERROR -> log.error(line.text());
        case WARNING -> log.warn(line.text());
        case NOTE -> log.info(line.text());
        default -> throw new IllegalStateException(line.level().name());
      }
    }
    int earlier = o.diagnostics().size() - fresh.size();
    log.info(summary(o)
        + (earlier > 0 ? " (" + (fresh.isEmpty() ? "findings" : earlier + " of them") + " printed above by an earlier goal)" : "")
        + (o.reused() ? " (inputs unchanged since the last run; its results are reused)" : ""));
    int gone = o.tally().gone();
    if (gone > 0) {
      log.info("ucp: " + gone + (gone == 1 ? " finding" : " findings") + " listed in " + LogText.escape(o.tally().baseline())
          + (gone == 1 ? " no longer occurs" : " no longer occur") + "; run mvn ucp:baseline to drop "
          + (gone == 1 ? "it" : "them"));
    }
  }

  static void gate(Runner.Outcome o, boolean failOnWarning, Path basedir) throws MojoFailureException {
    List<Diagnostic> failing = new ArrayList<>();
    for (Diagnostic d : o.diagnostics()) {
      if (d.isError() || (failOnWarning && d.severity() == Severity.WARNING)) {
        failing.add(d);
      }
    }
    if (!failing.isEmpty()) {
      throw new MojoFailureException(summary(o) + (failOnWarning && !o.hasErrors() ? " (failOnWarning is set)" : "")
          + "; first: " + ConsoleReport.lines(failing.subList(0, 1), basedir).get(0).text());
    }
  }

  /**
   * Errors the policy keeps from the build still keep the inputs from being rendered (an artifact
   * from inputs with errors could be refused by the tools that deploy it), so a goal that renders
   * fails and names them.
   */
  static void refuseSilencedErrors(Log log, Runner.Outcome o, String goal, Path basedir) throws MojoFailureException {
    if (!o.renderingBlocked()) {
      return;
    }
    List<Diagnostic> silenced = o.tally().silencedErrors();
    for (ConsoleReport.Line line : ConsoleReport.lines(silenced, basedir)) {
      log.error(line.text());
    }
    boolean one = silenced.size() == 1;
    String why = silenced.size() + (one ? " error in the inputs is" : " errors in the inputs are")
        + " kept from the build by the rule settings, a ucp-ignore comment or the baseline, but ucp:" + goal
        + " renders artifacts only from inputs without errors";
    log.error("ucp: " + why + "; fix " + (one ? "it" : "them") + ", or skip this goal with -Ducp." + goal + ".skip until then");
    throw new MojoFailureException("ucp: " + why + "; first: " + ConsoleReport.lines(silenced.subList(0, 1), basedir).get(0).text());
  }
}
