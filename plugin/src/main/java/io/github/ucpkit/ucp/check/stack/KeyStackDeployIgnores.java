package io.github.ucpkit.ucp.check.stack;

import io.github.ucpkit.ucp.check.Echo;
import io.github.ucpkit.ucp.check.Findings;
import io.github.ucpkit.ucp.check.Inputs;
import io.github.ucpkit.ucp.check.Rule;
import io.github.ucpkit.ucp.diag.RuleInfo;
import io.github.ucpkit.ucp.diag.Severity;
import io.github.ucpkit.ucp.model.compose.ComposeFile;
import io.github.ucpkit.ucp.model.compose.Service;
import io.github.ucpkit.ucp.model.yaml.YMap;
import java.util.Map;

/**
 * A service of a file read for {@code docker stack deploy} sets a key the stack deployer does not
 * apply: one it lists as unsupported or deprecated (docker CLI 28.2: "Ignoring unsupported options:
 * build, links, ..."), or one it drops without a word ({@code depends_on}, and in CLI 28.2
 * {@code tmpfs} and {@code oom_score_adj}). The message says what the service gets instead;
 * {@code restart} has its own explanation ({@link RestartReading}), since the converter turns it into
 * a restart policy.
 */
public final class KeyStackDeployIgnores implements Rule {

  private record Ignored(String how, String instead, String hint) {}

  private static final String UNSUPPORTED = "docker stack deploy ignores it (\"Ignoring unsupported options\")";
  private static final String DEPRECATED = "docker stack deploy ignores it (\"Ignoring deprecated options\")";
  private static final String SILENT = "docker stack deploy drops it without a word";
  private static final String SILENT_28 = "docker CLI 28.2 reads it and drops it without a word";

  private static final Map<String, Ignored> KEYS = Map.ofEntries(
      Map.entry("build", new Ignored(UNSUPPORTED,
          "the swarm runs the image named under image, as the registry has it; nothing is built",
          "build and push the image before deploying (docker-compose build and push, or CI), and deploy it by its tag")),
      Map.entry("cgroup_parent", new Ignored(UNSUPPORTED,
          "the containers get the engine's default parent cgroup", "remove it; a swarm service has no such setting")),
      Map.entry("cgroupns_mode", new Ignored(UNSUPPORTED,
          "the containers get the engine's default cgroup namespace mode",
          "remove it; set default-cgroupns-mode in the daemon configuration of the nodes if it matters")),
      Map.entry("devices", new Ignored(UNSUPPORTED,
          "no host device is passed into the containers",
          "a swarm service cannot map host devices: run this container outside the stack on the node that has the device")),
      Map.entry("domainname", new Ignored(UNSUPPORTED,
          "the containers get no domain name", "remove it; put a fully qualified name in hostname if the program needs one")),
      Map.entry("external_links", new Ignored(UNSUPPORTED,
          "nothing links the containers; a service reaches a container outside the stack only over a network both join",
          "join a network the other container is on (an external overlay network) and use its name")),
      Map.entry("ipc", new Ignored(UNSUPPORTED,
          "the containers get the engine's default IPC namespace", "remove it; a swarm service cannot share IPC")),
      Map.entry("links", new Ignored(UNSUPPORTED,
          "nothing links the containers: services on a shared network already reach each other by service name",
          "remove links; use the other service's name, or give it an alias under networks.<network>.aliases")),
      Map.entry("mac_address", new Ignored(UNSUPPORTED, "the engine assigns a MAC address", "remove it")),
      Map.entry("network_mode", new Ignored(UNSUPPORTED,
          "the service joins the networks listed under networks (the stack's default overlay network when none is)",
          "for host networking, declare networks: {hostnet: {external: true, name: host}} and list hostnet under the"
              + " service's networks")),
      Map.entry("pid", new Ignored(UNSUPPORTED,
          "the containers get their own PID namespace", "remove it; a swarm service cannot share PIDs")),
      Map.entry("privileged", new Ignored(UNSUPPORTED,
          "the containers run unprivileged", "grant the capabilities the program needs with cap_add, which the stack deployer applies")),
      Map.entry("security_opt", new Ignored(UNSUPPORTED,
          "the containers run with the engine's default security profile",
          "remove it; a stack file cannot set security options for a service")),
      Map.entry("shm_size", new Ignored(UNSUPPORTED,
          "/dev/shm keeps the engine's default size (64 MB)",
          "mount a tmpfs there instead: a volume {type: tmpfs, target: /dev/shm, tmpfs: {size: BYTES}}")),
      Map.entry("userns_mode", new Ignored(UNSUPPORTED,
          "the containers get the engine's default user namespace", "remove it; user namespaces are set per daemon")),
      Map.entry("container_name", new Ignored(DEPRECATED,
          "the swarm names each container <stack>_<service>.<slot>.<task id>",
          "remove it; other services reach this one by its service name on a shared network")),
      Map.entry("expose", new Ignored(DEPRECATED,
          "it has no effect: containers on a shared network reach each other on every port",
          "remove it; publish under ports only what must be reached from outside the swarm")),
      Map.entry("depends_on", new Ignored(SILENT,
          "the services start together, in no order",
          "make the service wait for what it needs (retry until it answers), and let deploy.restart_policy restart it"
              + " if it gives up")),
      Map.entry("tmpfs", new Ignored(SILENT_28,
          "no tmpfs is mounted", "mount it as a volume instead: {type: tmpfs, target: /path}")),
      Map.entry("oom_score_adj", new Ignored(SILENT_28,
          "the containers keep the default OOM score adjustment", "remove it, or deploy with a docker CLI that applies it")));

  @Override
  public RuleInfo info() {
    return new RuleInfo("COMPOSE-STACK-002", Severity.WARNING, "A service uses a key docker stack deploy ignores")
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
        for (YMap.Entry e : service.definition().all()) {
          String key = e.key().text();
          if (key.equals("restart")) {
            RestartReading.of(file, service, e).ifPresent(r -> findings.report(e.key().at(),
                Swarm.service(service) + " sets \"restart\": docker stack deploy warns about it (\"Ignoring unsupported options\") but still reads"
                    + " it " + r.meaning(),
                r.hint()));
            continue;
          }
          Ignored ignored = KEYS.get(key);
          if (ignored != null) {
            findings.report(e.key().at(),
                Swarm.service(service) + " sets " + Echo.quote(key) + ": " + ignored.how() + "; " + ignored.instead(),
                ignored.hint());
          }
        }
      }
    }
  }
}
