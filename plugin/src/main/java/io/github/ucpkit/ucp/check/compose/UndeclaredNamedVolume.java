package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.check.Suggest;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Resource;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.compose.VolumeSpec;

/**
 * A service mounts a named volume the file does not declare under top-level {@code volumes}. The hint
 * suggests a declared volume when one is close to the name.
 */
public final class UndeclaredNamedVolume implements Rule {

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-VOL-001", Severity.ERROR, "A service mounts a named volume that is not declared");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      Suggest suggest = Suggest.among(file.volumes().stream().map(Resource::name).toList());
      for (Service service : file.services()) {
        for (VolumeSpec v : service.volumes()) {
          if (v instanceof VolumeSpec.Mount m && m.kind() == VolumeSpec.Kind.NAMED
              && file.volume(m.source().orElseThrow()).isEmpty()) {
            findings.report(
                m.at(),
                "named volume \"" + m.source().get() + "\" (" + m.display() + ") is used by service \""
                    + service.name() + "\" but not declared under top-level \"volumes\"",
                suggest.hint(m.source().get(), "declare it (volumes: {" + m.source().get() + ": {}}), or write a path"
                    + " starting with ./ or / for a bind mount"));
          }
        }
      }
    }
  }
}
