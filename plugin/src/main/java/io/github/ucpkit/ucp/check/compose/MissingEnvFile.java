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
import io.github.ucpkit.ucp.load.Disk;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A service's {@code env_file} names a file that does not exist, or a directory. docker-compose
 * reads every env file while it loads the project, so even {@code config} fails on it. A service
 * also reads the env files of the services it extends, each resolved against its own file's
 * directory; those from other files are reported at the {@code extends}.
 */
public final class MissingEnvFile implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-FILE-001", Severity.ERROR, "An env_file does not exist or is not a file");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      ExtendsChain chains = new ExtendsChain(file, inputs);
      for (Service service : file.services()) {
        for (Located<String> envFile : service.envFiles()) {
          problem(chains.disk(), file.directory(), envFile.value()).ifPresent(problem -> findings.report(
              envFile.at(),
              "env_file \"" + envFile.value() + "\" of service \"" + service.name() + "\" " + problem,
              hint(problem)));
        }
        if (service.definition().has("extends")) {
          inherited(file, chains, service, findings);
        }
      }
    }
  }

  private static void inherited(ComposeFile file, ExtendsChain chains, Service service, Findings findings) {
    ExtendsChain.Result chain = chains.resolve(service);
    if (!chain.ok()) {
      return;
    }
    for (ExtendsChain.Link link : chains.inheritedFromOtherFiles(chain)) {
      for (Located<String> envFile : Nodes.texts(link.definition().get("env_file"))) {
        if (envFile.value().contains("$")) {
          continue;
        }
        problem(chains.disk(), ExtendsChain.directory(link), envFile.value()).ifPresent(problem -> findings.report(
            ExtendsChain.at(chain.links().get(0), false),
            "service \"" + service.name() + "\" inherits env_file \"" + envFile.value() + "\" from service \""
                + link.service() + "\" in " + HostPaths.display(file, link.file()) + ", which " + problem
                + " (resolved against that file's directory)",
            hint(problem)));
      }
    }
  }

  private static Optional<String> problem(Disk disk, Path directory, String written) {
    Optional<Path> path = HostPaths.resolve(directory, written);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    if (disk.kind(path.get()) == Disk.Kind.MISSING) {
      return Optional.of("does not exist");
    }
    return disk.kind(path.get()) == Disk.Kind.DIRECTORY ? Optional.of("is a directory, not a file") : Optional.empty();
  }

  private static String hint(String problem) {
    return problem.startsWith("does not")
        ? "create it (it may be empty) or fix the path; it is resolved against the directory of the file that names it"
        : "name the file inside it that holds the KEY=VALUE lines";
  }
}
