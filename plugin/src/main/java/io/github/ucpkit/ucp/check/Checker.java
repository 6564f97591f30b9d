package io.github.ucpkit.ucp.check;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules: those that look at one file ({@link Rule.Reach#FILE}) on each file by itself, as
 * soon as it is loaded; the others once over everything.
 */
public final class Checker {

  private final List<Rule> fileRules;
  private final List<Rule> projectRules;

  public Checker(List<Rule> rules) {
    this.fileRules = rules.stream().filter(r -> r.reach() == Rule.Reach.FILE).toList();
    this.projectRules = rules.stream().filter(r -> r.reach() == Rule.Reach.PROJECT).toList();
  }

  /** Every rule over the inputs. */
  public List<Diagnostic> check(Inputs inputs) {
    List<Diagnostic> out = new ArrayList<>();
    for (ComposeFile file : inputs.compose()) {
      out.addAll(checkFile(file, inputs.disk()));
    }
    out.addAll(checkProject(inputs));
    return out;
  }

  /** The rules that look at one file, over that file alone. */
  public List<Diagnostic> checkFile(ComposeFile file, Disk disk) {
    return run(fileRules, new Inputs(List.of(file), Optional.empty(), disk));
  }

  /** The rules that relate files to each other or to the topology. */
  public List<Diagnostic> checkProject(Inputs inputs) {
    return run(projectRules, inputs);
  }

  private static List<Diagnostic> run(List<Rule> rules, Inputs inputs) {
    List<Diagnostic> out = new ArrayList<>();
    for (Rule rule : rules) {
      rule.check(inputs, new Findings(rule.info(), out));
    }
    return out;
  }
}
