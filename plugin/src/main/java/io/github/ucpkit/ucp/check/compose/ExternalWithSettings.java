package io.github.ucpkit.ucp.check.compose;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.util.Set;

/**
 * A top-level network or volume declared {@code external} that also carries settings for creating
 * it. docker-compose 1.29.2 tolerates only {@code name} beside {@code external}, and {@code driver}
 * as well for networks; anything else, {@code x-*} fields included, stops it: "Network front
 * declared as external but specifies additional attributes (ipam)." docker stack deploy refuses less;
 * see {@link StackExternals}.
 */
public final class ExternalWithSettings implements Rule {

  private static final Set<String> NETWORK_TOLERATES = Set.of("external", "name", "driver");
  private static final Set<String> VOLUME_TOLERATES = Set.of("external", "name");

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-EXT-001", Severity.ERROR,
        "An external network or volume also has settings for creating it");
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (file.forStack()) {
        StackExternals.check(file.document(), findings);
        continue;
      }
      check(file.document(), "networks", "network", "Network", NETWORK_TOLERATES, findings);
      check(file.document(), "volumes", "volume", "Volume", VOLUME_TOLERATES, findings);
    }
  }

  private static void check(YMap document, String section, String kind, String composeKind, Set<String> tolerated,
      Findings findings) {
    document.get(section).filter(YMap.class::isInstance).ifPresent(resources -> {
      for (YMap.Entry resource : ((YMap) resources).all()) {
        if (!(resource.value() instanceof YMap settings) || !declaresExternal(settings)) {
          continue;
        }
        for (YMap.Entry e : settings.all()) {
          String key = e.key().text();
          if (!tolerated.contains(key)) {
            findings.report(
                e.key().at(),
                kind + " \"" + resource.key().text() + "\" is external, so it cannot also set \"" + key + "\"",
                "remove \"" + key + "\" and configure the " + kind + " where it is created (docker-compose: \""
                    + composeKind + " " + resource.key().text()
                    + " declared as external but specifies additional attributes\")");
          }
        }
      }
    });
  }

  /**
   * Whether docker-compose sees the resource as external: it tests the value's truth, so
   * {@code external: {}} and {@code external: false} do not count, {@code external: {name: x}} does.
   */
  private static boolean declaresExternal(YMap settings) {
    YNode external = settings.get("external").orElse(null);
    if (external instanceof YMap m) {
      return m.size() > 0;
    }
    return external instanceof YScalar s && s.type() == ScalarType.BOOL && s.bool();
  }
}
