package io.github.ucpkit.ucp.check.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ucpkit.ucp.Pipeline;
import io.github.ucpkit.ucp.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the service rules that fixtures cannot show well: order independence, bounds, float arithmetic. */
class ServiceRulesTest {

  @TempDir Path dir;

  private List<Diagnostic> run(String id, String compose) throws IOException {
    Path file = dir.resolve("docker-compose.yml");
    Files.writeString(file, compose);
    Pipeline.Validated result = Pipeline.validate(new Pipeline.Request(List.of(file), Set.of(), Map.of()));
    return result.diagnostics().stream().filter(d -> d.ruleId().equals(id)).toList();
  }

  private static List<String> messages(List<Diagnostic> ds) {
    return ds.stream().map(Diagnostic::message).sorted().toList();
  }

  @Test
  void dependencyCyclesAreTheSameWhateverTheServiceOrder() throws IOException {
    List<String> services = new ArrayList<>(List.of(
        "  a:\n    image: x\n    depends_on: [b]\n",
        "  b:\n    image: x\n    links: [\"c:see\"]\n",
        "  c:\n    image: x\n    depends_on: [a, b]\n",
        "  d:\n    image: x\n    ipc: \"service:d\"\n",
        "  e:\n    image: x\n"));
    List<String> expected = null;
    Random random = new Random(7);
    for (int round = 0; round < 6; round++) {
      Collections.shuffle(services, random);
      List<String> actual = messages(run("COMPOSE-REF-003", "version: \"2.4\"\nservices:\n" + String.join("", services)));
      if (expected == null) {
        expected = actual;
        assertEquals(List.of(
            "service \"c\" depends on service \"a\", which closes the dependency cycle a -> b -> c -> a",
            "service \"c\" depends on service \"b\", which closes the dependency cycle b -> c -> b",
            "service \"d\" uses the IPC namespace of itself (d -> d)"), actual);
      }
      assertEquals(expected, actual, "order " + services);
    }
  }

  @Test
  void extendsIntoADeviceIsNotRead() {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      List<Diagnostic> ds = run("COMPOSE-REF-002",
          "version: \"2.4\"\nservices:\n  web:\n    extends:\n      service: base\n      file: /dev/zero\n");
      assertEquals(1, ds.size(), ds.toString());
      assertTrue(ds.get(0).message().contains("not a regular file"), ds.get(0).message());
    });
  }

  @Test
  void aCycleThroughAnotherFileIsReportedOnce() throws IOException {
    Files.writeString(dir.resolve("base.yml"),
        "version: \"2.4\"\nservices:\n  base:\n    extends:\n      service: web\n      file: docker-compose.yml\n");
    List<Diagnostic> ds = run("COMPOSE-REF-002",
        "version: \"2.4\"\nservices:\n  web:\n    extends:\n      service: base\n      file: base.yml\n"
            + "  api:\n    extends: web\n");
    assertEquals(List.of("services extend each other in a cycle: web -> base (base.yml) -> web"), messages(ds));
  }

  @Test
  void longChainsAreNotFollowedToTheEnd() throws IOException {
    StringBuilder compose = new StringBuilder("version: \"2.4\"\nservices:\n");
    for (int i = 0; i < 40; i++) {
      compose.append("  s").append(i).append(":\n    extends:\n      service: s").append(i + 1)
          .append("\n      file: f").append(i + 1).append(".yml\n");
    }
    for (int i = 1; i <= 40; i++) {
      Files.writeString(dir.resolve("f" + i + ".yml"), "version: \"2.4\"\nservices:\n  s" + i
          + ":\n    extends:\n      service: s" + (i + 1) + "\n      file: f" + (i + 1) + ".yml\n");
    }
    // f41.yml is missing: only the services close enough to it to see the end report it.
    List<Diagnostic> ds = run("COMPOSE-REF-002", compose.toString());
    assertTrue(ds.size() < 40, ds.size() + " findings");
  }

  @Test
  void cpusFailsExactlyWhenDockerComposesFloatArithmeticDoes() throws IOException {
    // Verdicts of docker-compose 1.29.2 (cpus x 10^9 must be a whole float).
    Map<String, Boolean> rejected = Map.of(
        "4.1", true, "8.2", true, "0.1234567891", true, "\"1e-10\"", true, ".inf", true,
        "4.5", false, "1.1", false, "0.3", false, "1:30.5", false, "0.123456789", false);
    for (Map.Entry<String, Boolean> e : rejected.entrySet()) {
      List<Diagnostic> ds = run("COMPOSE-CPU-001",
          "version: \"2.4\"\nservices:\n  web:\n    image: x\n    cpus: " + e.getKey() + "\n");
      assertEquals(e.getValue(), !ds.isEmpty(), "cpus: " + e.getKey() + " -> " + ds);
    }
  }

  @Test
  void whitespaceIsWhatPythonCallsWhitespace() {
    Set<Integer> python = Set.of(0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680,
        0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
        0x202f, 0x205f, 0x3000);
    Set<Integer> ours = java.util.stream.IntStream.rangeClosed(0, 0x10FFFF)
        .filter(EnvironmentNameWithWhitespace::isPythonWhitespace).boxed().collect(Collectors.toSet());
    assertEquals(python, ours);
  }
}
