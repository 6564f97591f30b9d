package io.github.ucpkit.ucp.gitops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import io.github.ucpkit.ucp.emit.Artifact;
import io.github.ucpkit.ucp.emit.view.SerialPolicy;
import io.github.ucpkit.ucp.load.compose.ProjectNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Artifacts are a pure function of the committed inputs and explicit parameters: not of the
 * checkout folder's name, the process environment, the locale, the time zone or the user.
 */
class PurityTest {

  @TempDir
  Path tmp;

  private static final String COMPOSE = """
      version: "2.4"
      services:
        web:
          image: example/web:${TAG:-1.0.0}
          ports: ["80"]
          labels:
            interlock.hostname: vote
            interlock.domain: example.com
          environment:
            DB_PASSWORD: ${DB_PASSWORD}
            DB_HOST: ${DB_HOST}
            REGION: ${REGION}
            PRICE: "$$5"
      """;

  /** A project checked out under {@code folder}, as a pom build with the given artifactId sees it. */
  private Map<String, String> generate(String folder, Map<String, String> env, Map<String, String> files) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(folder));
    Files.writeString(dir.resolve("docker-compose.yml"), COMPOSE);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(Files.createDirectories(dir.resolve(f.getKey()).getParent()).resolve(Path.of(f.getKey()).getFileName()),
          f.getValue());
    }
    Path topology = Files.writeString(dir.resolve("topology.yml"), Files.readString(Path.of("../sample-project/src/main/ucp/topology.yml")));
    ProjectNames.Naming naming = new ProjectNames.Naming(Optional.empty(), Optional.of("voting-app"), dir);
    Pipeline.Validated v = Pipeline.validate(new Pipeline.Request(
        List.of(dir.resolve("docker-compose.yml")), Optional.of(topology), Set.of(topology), env, naming));
    assertEquals(List.of(), v.diagnostics().stream().filter(Diagnostic::isError).toList());
    return Pipeline.render(v, dir, SerialPolicy.of("2026-11-26T00:00:00Z")).stream()
        .collect(Collectors.toMap(Artifact::name, Artifact::content, (a, b) -> a, TreeMap::new));
  }

  @Test
  void theCheckoutFolderNameDoesNotMatter() throws IOException {
    Map<String, String> a = generate("voting-app", Map.of(), Map.of(".env", "REGION=eu\n"));
    Map<String, String> b = generate("ci-workspace-2f9c", Map.of(), Map.of(".env", "REGION=eu\n"));
    assertEquals(a, b);
    assertTrue(a.containsKey("voting-app.yml"), a.keySet().toString());
    assertTrue(a.get("voting-app.yml").contains(
        "#   docker-compose -p voting-app --project-directory . -f target/ucp/voting-app.yml up -d"), a.get("voting-app.yml"));
    assertTrue(a.get("lb-stack.yml").contains("voting-app_default"), "networks carry the project name, not the folder's");
  }

  /**
   * A file for docker stack deploy: its artifact reaches the secret through a path from the output
   * directory, which must not name the checkout folder; the stack deployer reads no .env, so a
   * variable set only there stays a variable, and the process environment changes nothing either.
   */
  @Test
  void aStackFilesArtifactDoesNotDependOnTheCheckoutFolderOrTheEnvironment() throws IOException {
    Map<String, String> files = Map.of("docker-compose.yml", """
        version: "3.8"
        services:
          web:
            image: example/web:1.0
            deploy: {replicas: 2, placement: {constraints: ["node.role == worker"]}}
            secrets: [token]
            environment: {PRICE: "$$5", REGION: "${REGION}"}
        secrets:
          token:
            file: ./conf/token.txt
        """, "conf/token.txt", "fixture\n", ".env", "REGION=eu\n");
    Map<String, String> a = generate("voting-app", Map.of(), files);
    Map<String, String> b = generate("ci-workspace-7d1e", Map.of("REGION", "us"), files);
    assertEquals(a, b);
    String app = a.get("voting-app.yml");
    assertTrue(app.contains("\n#   docker stack deploy -c target/ucp/voting-app.yml voting-app\n"), app);
    assertTrue(app.contains("file: \"../../conf/token.txt\""), app);
    assertTrue(app.contains("REGION: \"${REGION}\""), "a variable .env sets stays one for the stack deployer:\n" + app);
    assertTrue(app.contains("PRICE: \"$$5\""), app);
  }

  @Test
  void noValueFromTheEnvironmentIsWrittenAndSecretsStayVariables() throws IOException {
    Map<String, String> files = Map.of(".env", "REGION=eu\nDB_PASSWORD=from-dotenv\n");
    Map<String, String> bare = generate("p1", Map.of(), files);
    Map<String, String> set = generate("p2", Map.of("DB_PASSWORD", "hunter2", "DB_HOST", "db.internal", "TAG", "9.9.9",
        "REGION", "us"), files);
    assertEquals(bare, set, "the same generate with and without the variables set");
    String app = set.get("voting-app.yml");
    assertFalse(app.contains("hunter2") || app.contains("from-dotenv"), app);
    assertTrue(app.contains("DB_PASSWORD: \"${DB_PASSWORD}\""), "a secret stays a variable even when .env sets it:\n" + app);
    assertTrue(app.contains("DB_HOST: \"${DB_HOST}\""), "an environment variable stays a variable:\n" + app);
    assertTrue(app.contains("image: \"example/web:${TAG:-1.0.0}\""), "a default the environment could override stays:\n" + app);
    assertTrue(app.contains("REGION: \"eu\""), "a value the committed .env decides is written:\n" + app);
    assertTrue(app.contains("PRICE: \"$$5\""), "a literal dollar stays escaped:\n" + app);
  }

  @Test
  void localeTimeZoneAndUserDoNotMatter() throws IOException {
    Map<String, String> before = generate("x1", Map.of(), Map.of());
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    String user = System.getProperty("user.name");
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR")); // dotless i: "I".toLowerCase() is "ı" here
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      System.setProperty("user.name", "someone-else");
      assertEquals(before, generate("x2", Map.of(), Map.of()));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
      System.setProperty("user.name", user);
    }
  }

  @Test
  void theCommittedEnvFileNamesTheProject() throws IOException {
    Map<String, String> named = generate("n1", Map.of("COMPOSE_PROJECT_NAME", "from-environment"),
        Map.of(".env", "COMPOSE_PROJECT_NAME=Shop Front\n"));
    assertTrue(named.containsKey("shopfront.yml"), "normalised as docker-compose does: " + named.keySet());
    assertTrue(named.get("lb-stack.yml").contains("shopfront_default"));
  }
}
