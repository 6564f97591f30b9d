package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.VolumeSpec;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.HashMap;
import java.util.Map;

/**
 * Two {@code volumes} entries of one service mount on the same container path. docker-compose
 * compares the container paths of short entries after normalising them ({@code /d/} is {@code /d})
 * and those of long entries as written, and stops: "Duplicate mount points: [/a:/d:rw, /b:/d:rw]".
 */
public final class DuplicateMountTarget implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-VOL-003", Severity.ERROR, "Two volumes of a service mount on the same container path")
        .stricterThan(RuleInfo.Tool.DOCKER_STACK_DEPLOY);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    inputs.forEachService((file, service) -> {
      Map<String, ServiceVolumes.Entry> first = new HashMap<>();
      for (ServiceVolumes.Entry entry : ServiceVolumes.of(service)) {
        if (!(entry.spec() instanceof VolumeSpec.Mount mount)) {
          continue;
        }
        String target = entry.node() instanceof YMap ? mount.target() : PosixPath.normalize(mount.target());
        ServiceVolumes.Entry earlier = first.putIfAbsent(target, entry);
        if (earlier != null) {
          findings.report(
              mount.at(),
              "service \"" + service.name() + "\" mounts " + describe(entry) + " on container path \"" + target
                  + "\", which " + describe(earlier) + " (line " + earlier.spec().at().line() + ") already uses",
              "remove one of the two or give it another container path"
                  + " (docker-compose stops with \"Duplicate mount points\")");
        }
      }
    });
  }

  private static String describe(ServiceVolumes.Entry entry) {
    if (entry.node() instanceof YScalar s) {
      return "\"" + s.text() + "\"";
    }
    return "\"" + ((VolumeSpec.Mount) entry.spec()).display() + "\" (long syntax)";
  }
}
