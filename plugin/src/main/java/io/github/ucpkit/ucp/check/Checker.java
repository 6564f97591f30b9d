package io.github.ucpkit.ucp.check;

import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.load.Disk;
import io.github.ucpkit.ucp.load.yaml.ReadOnce;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules: those that look at one file ({@link Rule.Reach#FILE}) on each file by itself, as
 * soon as it is loaded; the others once over everything, those about the topology spec only when
 * there is one.
 */
public final class Checker {

  /** A rule with its metadata, built once: a rule's {@code info()} makes a new record each time. */
  private record Bound(Rule rule, RuleInfo info) {}

  private final List<Bound> fileRules;
  private final List<Bound> projectRules;

  public Checker(List<Rule> rules) {
    this.fileRules = bind(rules, List.of(Rule.Reach.FILE));
    this.projectRules = bind(rules, List.of(Rule.Reach.PROJECT, Rule.Reach.TOPOLOGY));
  }

  private static List<Bound> bind(List<Rule> rules, List<Rule.Reach> reach) {
    return rules.stream().filter(r -> reach.contains(r.reach())).map(r -> new Bound(r, r.info())).toList();
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

  /** @param extended what loading the file read of the files it extends, for the rules to read again */
  public List<Diagnostic> checkFile(ComposeFile file, Disk disk, ReadOnce extended) {
    return run(fileRules, new Inputs(List.of(file), Optional.empty(), disk, extended));
  }

  /** The rules that relate files to each other or to the topology. */
  public List<Diagnostic> checkProject(Inputs inputs) {
    return run(projectRules, inputs);
  }

  private static List<Diagnostic> run(List<Bound> rules, Inputs inputs) {
    List<Diagnostic> out = new ArrayList<>();
    boolean spec = inputs.topology().isPresent();
    for (Bound b : rules) {
      if (spec || b.rule().reach() != Rule.Reach.TOPOLOGY) {
        b.rule().check(inputs, new Findings(b.info(), out));
      }
    }
    return out;
  }
}
