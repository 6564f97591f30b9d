package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.Located;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.load.Disk;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A service's build context is a local path with no directory behind it. docker-compose checks the
 * path while it loads the file (so {@code config} fails), unless the context is a URL. A context
 * inherited through {@code extends} from another file counts too: docker-compose resolves it against
 * that file's directory and checks it the same way.
 */
public final class MissingBuildContext implements Rule {

  /** The prefixes docker-compose takes for a remote context, which it does not look for on disk. */
  private static final List<String> URL_PREFIXES = List.of("http://", "https://", "git://", "github.com/", "git@");

  private static final String REMOTE =
      "a remote context must start with https://, http://, git://, github.com/ or git@";

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-FILE-002", Severity.ERROR, "A build context directory does not exist")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (file.forStack()) {
        continue; // docker stack deploy ignores build: it deploys images
      }
      ExtendsChain chains = new ExtendsChain(file, inputs);
      for (Service service : file.services()) {
        if (service.buildContext().isPresent()) {
          own(chains.disk(), file, service, service.buildContext().get(), findings);
        } else if (service.definition().has("extends")) {
          inherited(file, chains, service, findings);
        }
      }
    }
  }

  private static void own(Disk disk, ComposeFile file, Service service, Located<String> context, Findings findings) {
    Optional<Problem> problem = problem(disk, file.directory(), context.value());
    if (problem.isEmpty()) {
      return;
    }
    String subject = "build context \"" + context.value() + "\" of service \"" + service.name() + "\"";
    if (problem.get() == Problem.MISSING) {
      findings.report(
          context.at(),
          subject + " does not exist",
          "create the directory (with its Dockerfile) or fix the path; it is resolved against the directory of the"
              + " Compose file; " + REMOTE);
    } else {
      findings.report(
          context.at(),
          subject + " is a file, not a directory",
          "name the directory that holds the Dockerfile; to use another Dockerfile, set build.dockerfile");
    }
  }

  /**
   * The context a service without one of its own gets from the nearest service up its extends
   * chain that has one; reported here only when that service lives in another file.
   */
  private static void inherited(ComposeFile file, ExtendsChain chains, Service service, Findings findings) {
    ExtendsChain.Result chain = chains.resolve(service);
    if (!chain.ok()) {
      return;
    }
    List<ExtendsChain.Link> others = chains.inheritedFromOtherFiles(chain);
    for (ExtendsChain.Link link : chain.links().subList(1, chain.links().size())) {
      Optional<String> context = context(link.definition());
      if (context.isEmpty()) {
        continue;
      }
      if (!others.contains(link) || context.get().contains("$")) {
        return;
      }
      Optional<Problem> problem = problem(chains.disk(), ExtendsChain.directory(link), context.get());
      if (problem.isPresent()) {
        findings.report(
            ExtendsChain.at(chain.links().get(0), false),
            "service \"" + service.name() + "\" inherits build context \"" + context.get() + "\" from service \""
                + link.service() + "\" in " + HostPaths.display(file, link.file()) + ", which "
                + (problem.get() == Problem.MISSING ? "does not exist" : "is a file, not a directory")
                + " (resolved against that file's directory)",
            "create the directory, fix the context in " + HostPaths.display(file, link.file())
                + ", or give this service a build context of its own");
      }
      return;
    }
  }

  private static Optional<String> context(YMap definition) {
    Optional<YNode> build = definition.get("build");
    if (build.isEmpty()) {
      return Optional.empty();
    }
    Optional<Located<String>> text = build.get() instanceof YMap map ? Nodes.text(map, "context") : Nodes.text(build.get());
    return text.map(Located::value);
  }

  private enum Problem { MISSING, NOT_A_DIRECTORY }

  private static Optional<Problem> problem(Disk disk, Path directory, String context) {
    if (URL_PREFIXES.stream().anyMatch(context::startsWith)) {
      return Optional.empty();
    }
    Optional<Path> path = HostPaths.resolve(directory, context);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    if (disk.kind(path.get()) == Disk.Kind.MISSING) {
      return Optional.of(Problem.MISSING);
    }
    return disk.kind(path.get()) == Disk.Kind.DIRECTORY ? Optional.empty() : Optional.of(Problem.NOT_A_DIRECTORY);
  }
}
