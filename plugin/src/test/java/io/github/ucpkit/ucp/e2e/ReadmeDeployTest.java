package io.github.ucpkit.ucp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.e2e.support.Exec;
import io.github.ucpkit.ucp.e2e.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Deploying the set" runs, from the project directory, the command each artifact's
 * header gives, with the artifact's path: an app's header names {@code --project-directory .} (its
 * relative paths and the committed {@code .env} are the project's; PurityTest runs it with real
 * docker-compose), and the load balancer's stack resolves {@code ./nginx.conf} beside itself.
 */
class ReadmeDeployTest {

  private static final Path README = Path.of("../README.md");
  private static final Path GOLDEN = Path.of("src/test/resources/scenarios/sample-project/expected");

  @TempDir Path tmp;

  private static List<String> commands() throws IOException {
    Matcher m = Pattern.compile("(?s)<!-- gitops:deploy:begin -->\\s*```sh\\n(.*?)```\\s*<!-- gitops:deploy:end -->")
        .matcher(Files.readString(README));
    assertTrue(m.find(), "README has no gitops:deploy block");
    return m.group(1).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  /** The sample generates into target/ucp; the README deploys the committed deploy/ucp. */
  private static String headerCommand(String artifact) throws IOException {
    return Files.readString(GOLDEN.resolve(artifact)).lines().filter(l -> l.startsWith("#   docker-compose "))
        .findFirst().orElseThrow().substring("#   ".length()).replace("target/ucp/", "deploy/ucp/");
  }

  @Test
  void theAppIsDeployedAsItsHeaderSays() throws IOException {
    String header = headerCommand("voting-app.yml");
    assertTrue(header.contains(" --project-directory . "), header);
    assertTrue(commands().contains(header), "the README does not deploy the app with its header's command: " + header);
  }

  @Test
  void theLoadBalancersStackIsDeployedAsItsHeaderSaysAndFindsItsNginxConf() throws IOException {
    String header = headerCommand("lb-stack.yml");
    assertEquals("docker-compose -f lb-stack.yml up -d", header);
    String readme = "docker-compose -f deploy/ucp/lb-stack.yml up -d";
    assertTrue(commands().contains(readme), "the README does not deploy lb-stack.yml with " + readme);

    Path out = Files.createDirectories(tmp.resolve("deploy/ucp"));
    Files.copy(GOLDEN.resolve("lb-stack.yml"), out.resolve("lb-stack.yml"));
    Files.copy(GOLDEN.resolve("nginx.conf"), out.resolve("nginx.conf"));
    List<String> config = new ArrayList<>(List.of(readme.replace(" up -d", " config").split(" ")));
    config.set(0, Tools.require("docker-compose").toString());
    Exec.Result r = Exec.run(config, tmp, Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")),
        Duration.ofSeconds(60));
    assertEquals(0, r.exit(), r.describe());
    String conf = out.toAbsolutePath().normalize().resolve("nginx.conf").toString();
    assertTrue(r.stdout().contains(conf + ":/etc/nginx/nginx.conf:ro"), "nginx.conf is not the artifact's:\n" + r.stdout());
  }
}
