package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.check.compose.ExtendsChain.Failure;
import io.github.ucpkit.ucp.check.compose.ExtendsChain.Kind;
import io.github.ucpkit.ucp.check.compose.ExtendsChain.Link;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A service's {@code extends} cannot be resolved: the service or file it names does not exist, the
 * chain comes back to itself, or it extends a service that docker-compose refuses to extend.
 *
 * <p>Each break is reported once, on the {@code extends} in the checked file that owns it: a break
 * further down the chain at a service of the same file is that service's finding, and a cycle
 * through several services of the file is reported at the first of them by name. When the extended
 * service is missing, the hint suggests a service of that file whose name is close.
 */
public final class ExtendsTargetMissing implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-REF-002", Severity.ERROR, "A service extends a service or file that cannot be used");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      ExtendsChain chains = new ExtendsChain(file, inputs);
      Map<Path, Suggest> suggestions = new HashMap<>();
      for (Service service : file.services()) {
        if (!service.definition().has("extends")) {
          continue;
        }
        ExtendsChain.Result result = chains.resolve(service);
        if (result.failure().isEmpty() || !ownsFailure(chains, service, result)) {
          continue;
        }
        Failure failure = result.failure().get();
        String hint = hint(file, failure);
        if (failure.kind() == Kind.SERVICE_MISSING) {
          Link owner = result.links().get(failure.owner());
          Suggest suggest = suggestions.computeIfAbsent(failure.target(), p -> Suggest.among(chains.serviceNames(p)));
          // extending itself is a cycle, never the service meant
          hint = (owner.file().equals(failure.target()) ? suggest.excluding(owner.service()) : suggest)
              .hint(failure.targetService(), hint);
        }
        report(file, result.links(), failure, hint, findings);
      }
    }
  }

  private static boolean ownsFailure(ExtendsChain chains, Service service, ExtendsChain.Result result) {
    List<Link> links = result.links();
    Failure failure = result.failure().get();
    if (failure.kind() == Kind.CYCLE) {
      List<String> ownMembers = links.subList(failure.cycleStart(), links.size()).stream()
          .filter(chains::inCheckedFile)
          .map(Link::service)
          .sorted()
          .toList();
      if (!ownMembers.isEmpty()) {
        return failure.cycleStart() == 0 && ownMembers.get(0).equals(service.name());
      }
      return links.subList(1, links.size()).stream().noneMatch(chains::inCheckedFile);
    }
    return links.subList(1, failure.owner() + 1).stream().noneMatch(chains::inCheckedFile);
  }

  private static void report(ComposeFile file, List<Link> links, Failure failure, String hint, Findings findings) {
    Link start = links.get(0);
    boolean aboutFile = failure.kind() != Kind.SERVICE_MISSING && failure.kind() != Kind.CYCLE
        && failure.kind() != Kind.NOT_EXTENDABLE;
    String what = describe(file, links, failure);
    boolean ownBreak = failure.kind() == Kind.CYCLE ? failure.cycleStart() == 0 : failure.owner() == 0;
    String message = ownBreak
        ? what
        : "the extends chain of service \"" + start.service() + "\" breaks further on: " + what;
    findings.report(
        ExtendsChain.at(start, failure.owner() == 0 && aboutFile), message, hint);
  }

  private static String describe(ComposeFile file, List<Link> links, Failure failure) {
    Link owner = links.get(failure.owner());
    String subject = "service \"" + owner.service() + "\""
        + (owner.file().equals(links.get(0).file()) ? "" : " in " + HostPaths.display(file, owner.file()));
    String target = "service \"" + failure.targetService() + "\"";
    String where = HostPaths.display(file, failure.target());
    return switch (failure.kind()) {
      case SERVICE_MISSING -> subject + " extends " + target + ", which is not defined in " + where;
      case FILE_MISSING -> subject + " extends " + target + " in " + where + ", which does not exist";
      case FILE_NOT_REGULAR -> subject + " extends " + target + " in " + where + ", which is " + failure.detail()
          + ", not a Compose file";
      case FILE_UNREADABLE -> subject + " extends " + target + " in " + where + ", which is not valid YAML: "
          + failure.detail();
      case FILE_NOT_MAPPING -> subject + " extends " + target + " in " + where
          + ", which is not a Compose file (its top level is " + failure.detail() + ", not a mapping)";
      case FILE_VERSION -> subject + " extends " + target + " in " + where
          + ", which docker-compose refuses to combine with this file: " + failure.detail();
      case CYCLE -> links.size() - failure.cycleStart() == 1
          ? subject + " extends itself"
          : "services extend each other in a cycle: " + cycle(file, links, failure);
      case NOT_EXTENDABLE -> subject + " extends " + target
          + (failure.target().equals(links.get(0).file()) ? "" : " in " + where) + ", which has " + failure.detail()
          + "; docker-compose cannot extend a service that refers to other services";
    };
  }

  /** {@code a -> b (base.yml) -> a}: the cycle from its first service back to it. */
  private static String cycle(ComposeFile file, List<Link> links, Failure failure) {
    Link first = links.get(failure.cycleStart());
    return links.subList(failure.cycleStart(), links.size()).stream()
        .map(l -> name(file, links.get(0), l))
        .collect(Collectors.joining(" -> ", "", " -> " + name(file, links.get(0), first)));
  }

  private static String name(ComposeFile file, Link start, Link link) {
    return link.file().equals(start.file())
        ? link.service()
        : link.service() + " (" + HostPaths.display(file, link.file()).replace("\"", "") + ")";
  }

  private static String hint(ComposeFile file, Failure failure) {
    String where = HostPaths.display(file, failure.target());
    return switch (failure.kind()) {
      case SERVICE_MISSING ->
          "define service \"" + failure.targetService() + "\" in " + where + ", or fix the name in extends";
      case FILE_MISSING, FILE_NOT_REGULAR ->
          "fix extends.file: it is resolved against the directory of the file that names it";
      case FILE_UNREADABLE, FILE_NOT_MAPPING, FILE_VERSION ->
          "make " + where + " a Compose file like this one: version: \"2.x\" and a services: section";
      case CYCLE -> "remove one extends of the cycle; a chain of extends must end at a service that extends nothing";
      case NOT_EXTENDABLE -> "move " + failure.detail().split(":")[0] + " out of \"" + failure.targetService()
          + "\" into the services that extend it";
    };
  }
}
