package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.Nodes;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.List;
import java.util.Map;

/**
 * A long-syntax volume whose settings do not fit its {@code type}, as the docker CLI's converter
 * judges it when it deploys (after {@code docker stack config} passed the file): a type other than
 * volume, bind, tmpfs, npipe or cluster (exactly so written), options of another type ("bind
 * options are incompatible with type volume"), or an npipe or cluster mount without a source. A
 * bind mount without a source and a tmpfs with one are COMPOSE-VOL-002's.
 */
public final class MountOptionsMismatch implements Rule {

  /** The option sections each type refuses, in the order the CLI checks them. */
  private static final Map<String, List<String>> REFUSED = Map.of(
      "volume", List.of("tmpfs", "bind"),
      "bind", List.of("volume", "tmpfs"),
      "tmpfs", List.of("bind", "volume"),
      "npipe", List.of("volume", "tmpfs"),
      "cluster", List.of("tmpfs", "bind", "volume"));

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-VOL-004", Severity.ERROR, "A long-syntax volume has settings its type does not take")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (!file.forStack()) {
        continue;
      }
      for (Service service : file.services()) {
        for (YNode item : Nodes.items(service.definition().get("volumes"))) {
          if (item instanceof YMap mount) {
            check(file, service, mount, findings);
          }
        }
      }
    }
  }

  private static void check(ComposeFile file, Service service, YMap mount, Findings findings) {
    YScalar type = Swarm.string(mount, "type").orElse(null);
    if (type == null || Swarm.deployTime(file, type)) {
      return; // no type is the schema's finding
    }
    String owner = " of " + Swarm.service(service);
    List<String> refused = REFUSED.get(type.text());
    if (refused == null) {
      findings.report(type.at(),
          "volume type " + Echo.quote(type.text()) + owner + " is not one docker stack deploy knows (\"volume type must be"
              + " volume, bind, tmpfs, npipe, or cluster\")",
          "write volume, bind, tmpfs, npipe or cluster, in lower case");
      return;
    }
    for (String option : refused) {
      mount.entry(option).ifPresent(e -> findings.report(e.key().at(),
          "a volume of type " + type.text() + owner + " sets " + option + " options; docker stack deploy refuses them (\""
              + option + " options are incompatible with type " + type.text() + "\")",
          "remove " + option + ":, or change type to " + option));
    }
    boolean needsSource = type.text().equals("npipe") || type.text().equals("cluster");
    boolean noSource = Swarm.string(mount, "source").map(s -> s.text().isEmpty()).orElse(!mount.has("source"));
    if (needsSource && noSource) {
      findings.report(mount.at(),
          "a volume of type " + type.text() + owner + " has no source; docker stack deploy refuses it (\"invalid "
              + type.text() + " source, source cannot be empty\")",
          type.text().equals("npipe") ? "add source: the named pipe on the host, e.g. \\\\.\\pipe\\docker_engine"
              : "add source: the cluster volume's name, or group:<name> for a volume group");
    }
  }
}
