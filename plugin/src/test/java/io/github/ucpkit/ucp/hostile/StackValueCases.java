package io.github.ucpkit.ucp.hostile;

import static io.github.ucpkit.ucp.hostile.HostileCase.COMPOSE;

import java.util.ArrayList;
import java.util.List;

/**
 * Values of a file read for {@code docker stack deploy} that the CLI's loader refuses although they have
 * the schema's type: a negative number where it decodes an unsigned one ("cannot parse
 * 'Deploy.Replicas', -1 overflows uint") and a duration without a digit (".s"). The plugin accepted
 * them, and {@code docker stack config} then refused the generated stack file. Each must now fail on
 * its line; the values beside them that the CLI takes must still build. So must a duration past Go's
 * 64-bit nanoseconds ("Does not match format 'duration'"), which no pattern can see.
 */
final class StackValueCases {

  /** A stack routed by Interlock 2, with a placeholder for one more service setting. */
  static final String COMPOSE_TEXT = """
      version: "3.8"
      services:
        web:
          image: "example/web:1.0"
          networks: [front]
      @SERVICE@
          deploy:
            replicas: 2
            labels:
              com.docker.lb.hosts: web.example.com
              com.docker.lb.port: "8080"
              com.docker.lb.network: app_front
      @DEPLOY@
      networks:
        front:
          driver: overlay
      @TOP@
      """;

  private StackValueCases() {}

  static List<HostileCase> all() {
    List<HostileCase> out = new ArrayList<>();
    refused(out, "replicas -1", "", "      update_config: {parallelism: 1}", "replicas: -1");
    refused(out, "update_config.parallelism -1", "", "      update_config: {parallelism: -1}", "parallelism");
    refused(out, "rollback_config.parallelism -1", "", "      rollback_config: {parallelism: -1}", "parallelism");
    refused(out, "restart_policy.max_attempts -1", "", "      restart_policy: {max_attempts: -1}", "max_attempts");
    refused(out, "placement.max_replicas_per_node -1", "", "      placement: {max_replicas_per_node: -1}", "max_replicas");
    refused(out, "healthcheck.retries -1", "    healthcheck: {test: [CMD, \"true\"], retries: -1}", "", "retries");
    refused(out, "secret mode -1", "    secrets: [{source: s, mode: -1}]", "", "mode: -1");
    refused(out, "update_config.delay .s", "", "      update_config: {delay: .s}", "delay");
    refused(out, "healthcheck.interval .5.s", "    healthcheck: {test: [CMD, \"true\"], interval: .ms}", "", "interval");
    refused(out, "stop_grace_period one nanosecond past Go's durations", "    stop_grace_period: 2562047h47m16.854775808s", "",
        "stop_grace_period");
    refused(out, "update_config.delay of a million digits", "", "      update_config: {delay: " + "9".repeat(1_000_000) + "h}",
        "delay");
    refused(out, "healthcheck.interval 2562047h2562047h", "    healthcheck: {test: [CMD, \"true\"], interval: 2562047h2562047h}", "",
        "interval");
    out.add(HostileCase.of("stack file: the longest durations Go takes")
        .compose(stack("    stop_grace_period: 2562047h47m16.854775807s",
            "      restart_policy: {delay: -2562047h47m16.854775808s, window: 9223372036854775807ns}"))
        .topology(topology()));
    out.add(HostileCase.of("stack values the CLI takes: replicas 0, delay 1.s and .5s, retries 0, mode 0")
        .compose(stack("    healthcheck: {test: [CMD, \"true\"], retries: 0, interval: .5s}\n    secrets: [{source: s, mode: 0}]",
            "      update_config: {delay: 1.s, parallelism: 0}").replace("replicas: 2", "replicas: 0"))
        .topology(topology()));
    return out;
  }

  private static void refused(List<HostileCase> out, String name, String service, String deploy, String marker) {
    String compose = stack(service, deploy);
    if (name.startsWith("replicas")) {
      compose = compose.replace("replicas: 2", "replicas: -1");
    }
    out.add(HostileCase.of("stack file: " + name).compose(compose).topology(topology())
        .error("COMPOSE-SCHEMA-003", COMPOSE, marker));
  }

  static String stack(String service, String deploy) {
    return COMPOSE_TEXT.replace("@SERVICE@\n", service.isEmpty() ? "" : service + "\n")
        .replace("@DEPLOY@\n", deploy.isEmpty() ? "" : deploy + "\n")
        .replace("@TOP@\n", service.contains("secrets") ? "secrets:\n  s:\n    external: true\n" : "");
  }

  static String topology() {
    return Interlock2InjectionCases.valid();
  }
}
