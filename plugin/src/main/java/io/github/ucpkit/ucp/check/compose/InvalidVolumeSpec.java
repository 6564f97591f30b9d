package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.compose.StackSyntax;
import io.github.ucpkit.ucp.model.compose.VolumeSpec;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Optional;

/**
 * A service's {@code volumes} entry that is not a mount: a short entry with more than three
 * {@code :}-separated parts, a tmpfs mount with a source (both stop docker-compose), or a long-syntax
 * entry without a target (docker-compose passes it on; the engine refuses to create the container).
 */
public final class InvalidVolumeSpec implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-VOL-002", Severity.ERROR, "A service's volume entry is not a valid mount")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE)
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      for (ServiceVolumes.Entry entry : ServiceVolumes.of(service)) {
        if (file.forStack() && entry.node() instanceof YScalar s && s.isString()) {
          // docker stack deploy reads the short syntax with its own parser (drive letters, no empty part)
          StackSyntax.volumeProblem(s.text()).ifPresent(reason -> findings.report(s.at(),
              "volume \"" + s.text() + "\" of service \"" + service.name() + "\" is not valid for docker stack deploy: "
                  + reason,
              "write it as [SOURCE:]TARGET[:MODE]"));
        } else if (entry.node() instanceof YMap mount) {
          checkLong(service.name(), mount, file.forStack(), findings);
        } else if (entry.spec() instanceof VolumeSpec.Invalid invalid
            && entry.node() instanceof YScalar s && s.isString()) {
          // a non-string scalar is the schema's finding, not ours
          findings.report(
              invalid.at(),
              "volume \"" + s.text() + "\" of service \"" + service.name() + "\" is not valid: " + invalid.reason(),
              "write it as [SOURCE:]TARGET[:MODE], several options comma-separated in MODE (ro,z)"
                  + " (docker-compose: \"Volume " + s.text()
                  + " has incorrect format, should be external:internal[:mode]\")");
        }
      }
    });
  }

  /**
   * The long syntax is judged from the mapping itself, as docker-compose does: only a non-empty
   * source on a mount whose type is exactly {@code tmpfs} is refused.
   */
  private static void checkLong(String service, YMap mount, boolean forStack, Findings findings) {
    Optional<String> type = text(mount, "type");
    boolean noSource = mount.get("source").map(n -> n instanceof YScalar s && s.isString() && s.text().isEmpty()).orElse(true);
    if (forStack && type.filter("bind"::equals).isPresent() && noSource) {
      findings.report(
          mount.at(),
          "bind mount of service \"" + service + "\" has no source (the host path to mount)",
          "add source: /path/on/the/host (docker stack deploy: \"invalid mount config for type \\\"bind\\\": field Source must not be empty\")");
    }
    Optional<YMap.Entry> source = mount.entry("source")
        .filter(e -> e.value() instanceof YScalar s && s.isString() && !s.text().isEmpty());
    if (type.filter("tmpfs"::equals).isPresent() && source.isPresent()) {
      findings.report(
          source.get().key().at(),
          "tmpfs mount of service \"" + service + "\" sets a source (\"" + ((YScalar) source.get().value()).text()
              + "\"); a tmpfs is created empty in memory",
          "remove source, or use type: volume / bind to mount existing data"
              + " (docker-compose: \"tmpfs mounts can not specify a source\")");
    }
    boolean noTarget = mount.get("target")
        .map(t -> t instanceof YScalar s && s.isString() && s.text().isEmpty())
        .orElse(true);
    if (noTarget) {
      findings.report(
          mount.at(),
          "long-syntax volume of service \"" + service + "\" has no target (the path inside the container)",
          "add target: /path/in/container; docker-compose config lets it pass, but the engine refuses to create the container");
    }
  }

  private static Optional<String> text(YMap map, String key) {
    return map.get(key).filter(n -> n instanceof YScalar s && s.isString()).map(n -> ((YScalar) n).text());
  }
}
