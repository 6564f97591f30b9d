package io.github.ucpkit.ucp.check.compose;

import static java.util.Map.entry;

import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.load.compose.ComposeLoader;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.ComposeVersion;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import io.github.ucpkit.ucp.model.yaml.YNode;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import io.github.ucpkit.ucp.model.yaml.YSeq;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A setting newer than the file's declared 2.x minor version, or one no 2.x format has at all; in a
 * 3.x file read for docker-compose, a setting newer than its declared 3.x minor.
 * docker-compose 1.27+ validates every 2.x file against one schema and ignores the minor number, so
 * it accepts these; docker-compose up to 1.26 (one schema per minor) and other 2.x readers reject them.
 */
public final class KeyNewerThanVersion implements Rule {

  /** Where a setting first appeared: a 2.x minor, or only the Compose Specification (docker-compose 1.27+). */
  private enum Since {
    V2_1(1), V2_2(2), V2_3(3), V2_4(4), SPEC(Integer.MAX_VALUE);

    private final int minor;

    Since(int minor) {
      this.minor = minor;
    }

    boolean newerThan(ComposeVersion declared) {
      return minor > declared.minor();
    }
  }

  // The 2.x schemas of docker-compose 1.26.2, one per minor; keys absent here are in 2.0 (or unknown, which the schema reports).
  private static final Map<String, Since> SERVICE = Map.ofEntries(
      entry("cpu_period", Since.V2_1),
      entry("healthcheck", Since.V2_1),
      entry("isolation", Since.V2_1),
      entry("oom_kill_disable", Since.V2_1),
      entry("pids_limit", Since.V2_1),
      entry("storage_opt", Since.V2_1),
      entry("sysctls", Since.V2_1),
      entry("userns_mode", Since.V2_1),
      entry("cpu_count", Since.V2_2),
      entry("cpu_percent", Since.V2_2),
      entry("cpu_rt_period", Since.V2_2),
      entry("cpu_rt_runtime", Since.V2_2),
      entry("cpus", Since.V2_2),
      entry("init", Since.V2_2),
      entry("scale", Since.V2_2),
      entry("device_cgroup_rules", Since.V2_3),
      entry("runtime", Since.V2_3),
      entry("platform", Since.V2_4),
      entry("configs", Since.SPEC),
      entry("credential_spec", Since.SPEC),
      entry("deploy", Since.SPEC),
      entry("profiles", Since.SPEC),
      entry("pull_policy", Since.SPEC),
      entry("secrets", Since.SPEC));

  private static final Map<String, Since> BUILD = Map.of(
      "labels", Since.V2_1,
      "isolation", Since.V2_1,
      "cache_from", Since.V2_2,
      "network", Since.V2_2,
      "extra_hosts", Since.V2_3,
      "shm_size", Since.V2_3,
      "target", Since.V2_3);

  private static final Map<String, Since> HEALTHCHECK = Map.of("start_period", Since.V2_3);

  private static final Map<String, Since> SERVICE_NETWORK = Map.of("link_local_ips", Since.V2_1);

  private static final Map<String, Since> NETWORK = Map.of(
      "enable_ipv6", Since.V2_1,
      "labels", Since.V2_1,
      "name", Since.V2_1,
      "attachable", Since.SPEC);

  private static final Map<String, Since> VOLUME = Map.of(
      "labels", Since.V2_1,
      "name", Since.V2_1);

  private static final Map<String, Since> TOP_LEVEL = Map.of(
      "secrets", Since.SPEC,
      "configs", Since.SPEC);

  /** Extension fields ({@code x-*}) inside a service, network or volume came with 2.4. */
  private static final Since EXTENSION_INSIDE = Since.V2_4;

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-VER-002", Severity.WARNING,
        "A setting is newer than the file's declared 2.x or 3.x version, or is not part of any 2.x format")
        .stricterThan(RuleInfo.Tool.DOCKER_COMPOSE);
  }

  @Override
  public Reach reach() {
    return Reach.FILE;
  }

  @Override
  public void check(Inputs inputs, Findings findings) {
    for (ComposeFile file : inputs.compose()) {
      if (file.version().isEmpty()) {
        continue;
      }
      if (file.version().get().value().isV3()) {
        newerThanV3Minor(file, findings);
        continue;
      }
      Report report = new Report(findings, file.version().get().value());
      for (YMap.Entry e : file.document().all()) {
        Since since = TOP_LEVEL.get(e.key().text());
        if (since != null) {
          report.key(e.key(), "top-level \"" + e.key().text() + "\"", since);
        }
      }
      for (Service service : file.services()) {
        checkService(service.definition(), report);
      }
      checkResources(file.document(), "networks", "network", NETWORK, report);
      checkResources(file.document(), "volumes", "volume", VOLUME, report);
    }
  }

  /**
   * A 3.x file for docker-compose, whose declared minor docker-compose 1.29.2 ignores: what the
   * stack deployer's schema of that minor refuses and a later minor accepts. For a file meant for
   * docker stack deploy the loader reports the same as an error (COMPOSE-VER-003); a bare "3" names
   * no minor.
   */
  private void newerThanV3Minor(ComposeFile file, Findings findings) {
    ComposeVersion declared = file.version().get().value();
    if (file.forStack() || !declared.minorWritten()) {
      return;
    }
    for (Diagnostic d : ComposeLoader.stackSchema().newerThan(file.document(), declared.minor(), info())) {
      findings.report(d.at(), d.message(), d.hint()
          + " (docker-compose 1.29.2 ignores the minor version, but docker stack deploy and docker-compose before 1.27 reject it)");
    }
  }

  private static void checkService(YMap service, Report report) {
    for (YMap.Entry e : service.all()) {
      String key = e.key().text();
      if (key.startsWith("x-")) {
        report.key(e.key(), "extension field \"" + key + "\" inside a service", EXTENSION_INSIDE);
      } else if (SERVICE.containsKey(key)) {
        report.key(e.key(), "\"" + key + "\"", SERVICE.get(key));
      }
    }
    nested(service, "build", BUILD, report);
    nested(service, "healthcheck", HEALTHCHECK, report);
    map(service.get("networks")).ifPresent(networks -> {
      for (YMap.Entry n : networks.all()) {
        map(Optional.of(n.value())).ifPresent(settings -> {
          for (YMap.Entry s : settings.all()) {
            Since since = SERVICE_NETWORK.get(s.key().text());
            if (since != null) {
              report.key(s.key(), "\"networks." + n.key().text() + "." + s.key().text() + "\"", since);
            }
          }
        });
      }
    });
    service.entry("depends_on").filter(e -> e.value() instanceof YMap).ifPresent(e -> {
      report.form(e.key().at(), "\"depends_on\" as a mapping (with conditions)", Since.V2_1, "use the list form");
      for (YMap.Entry dependency : ((YMap) e.value()).all()) {
        map(Optional.of(dependency.value()))
            .flatMap(d -> d.get("condition"))
            .filter(c -> c instanceof YScalar s && s.text().equals("service_completed_successfully"))
            .ifPresent(c -> report.form(c.at(), "condition \"service_completed_successfully\"", Since.SPEC,
                "use service_started or service_healthy instead"));
      }
    });
    for (YNode item : items(service.get("volumes"))) {
      if (item instanceof YMap) {
        report.form(item.at(), "a long-syntax volume (a mapping)", Since.V2_3,
            "write it in the short syntax [SOURCE:]TARGET[:MODE]");
      }
    }
    for (YNode item : items(service.get("ports"))) {
      if (item instanceof YMap) {
        report.form(item.at(), "a long-syntax port (a mapping)", Since.SPEC,
            "write it in the short syntax [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]");
      }
    }
  }

  private static void nested(YMap service, String key, Map<String, Since> table, Report report) {
    map(service.get(key)).ifPresent(settings -> {
      for (YMap.Entry e : settings.all()) {
        Since since = table.get(e.key().text());
        if (since != null) {
          report.key(e.key(), "\"" + key + "." + e.key().text() + "\"", since);
        }
      }
    });
  }

  private static void checkResources(YMap document, String section, String kind, Map<String, Since> table, Report report) {
    map(document.get(section)).ifPresent(resources -> {
      for (YMap.Entry resource : resources.all()) {
        map(Optional.of(resource.value())).ifPresent(settings -> {
          for (YMap.Entry e : settings.all()) {
            String key = e.key().text();
            Since since = key.startsWith("x-") ? EXTENSION_INSIDE : table.get(key);
            if (since != null) {
              String what = key.startsWith("x-") ? "extension field \"" + key + "\"" : "\"" + key + "\"";
              report.key(e.key(), what + " of " + kind + " \"" + resource.key().text() + "\"", since);
            }
          }
        });
      }
    });
  }

  private static Optional<YMap> map(Optional<YNode> node) {
    return node.filter(YMap.class::isInstance).map(YMap.class::cast);
  }

  private static List<YNode> items(Optional<YNode> node) {
    return node.filter(YSeq.class::isInstance).map(n -> ((YSeq) n).items()).orElse(List.of());
  }

  /** Phrases one finding; knows the declared version. */
  private record Report(Findings findings, ComposeVersion declared) {

    private static final String WHY_MINOR =
        "docker-compose 1.29.2 ignores the minor version, but older docker-compose and other tools reject ";

    void key(YScalar key, String what, Since since) {
      report(key.at(), what, since, "remove it", "the key");
    }

    void form(Location at, String what, Since since, String alternative) {
      report(at, what, since, alternative, "this form");
    }

    private void report(Location at, String what, Since since, String alternative, String noun) {
      if (!since.newerThan(declared)) {
        return;
      }
      if (since == Since.SPEC) {
        findings.report(at,
            what + " is not part of any 2.x format; docker-compose 1.27+ accepts it, older versions reject it",
            "if the file must also work with docker-compose before 1.27 or other tools that read 2.x files, " + alternative);
        return;
      }
      String needed = "2." + since.minor;
      findings.report(at,
          what + " needs file format " + needed + "; this file declares " + declared,
          "raise version to \"" + needed + "\" or " + alternative + " (" + WHY_MINOR + noun + ")");
    }
  }
}
